namespace Platform.Silo.Audit;

/// <summary>
/// Walks audit entries in (tenant, sequence) order and checks each tenant's chain: sequences
/// 1, 2, 3, ... without gaps, each previous hash equal to the hash before it, each hash equal
/// to the one recomputed from the entry (keyed entries under <see cref="AuditChainKey"/>), the
/// chain ending where its MACed head says, and every tenant the MACed roster names present.
/// Knows nothing of where entries are stored, so the PostgreSQL and the in-memory log verify alike.
/// </summary>
public sealed class AuditChainVerifier
{
    /// <summary>The tenant code of a break that concerns the roster rather than one chain.</summary>
    public const string RosterName = "(roster)";

    private readonly AuditChainKey key;
    private readonly Dictionary<string, AuditChainHead> heads;
    private readonly HashSet<string>? rosterTenants;
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly HashSet<string> broken = new(StringComparer.Ordinal);
    private string? tenant;
    private AuditChainHead? head;
    private long expectedSequence;
    private string expectedPreviousHash = AuditCanonicalText.GenesisHash;
    private bool sawKeyed;
    private long entries;
    private AuditChainBreak? firstBreak;

    /// <summary>A verifier for the chains of <paramref name="chainHeads"/> and <paramref name="roster"/> (both read
    /// for the same scope as the entries: every tenant, or one).</summary>
    public AuditChainVerifier(AuditChainKey key, IEnumerable<AuditChainHead> chainHeads, AuditChainRoster? roster, string? onlyTenant = null)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(chainHeads);
        this.key = key;
        heads = chainHeads.ToDictionary(h => h.TenantCode, StringComparer.Ordinal);
        if (roster is not null && key.Authenticates(roster))
        {
            rosterTenants = new HashSet<string>(roster.TenantCodes.Where(t => onlyTenant is null || t == onlyTenant), StringComparer.Ordinal);
        }
        else if (roster is not null || heads.Count > 0)
        {
            Report(RosterName, 0, roster is null
                ? "the roster of chains is missing while chain heads exist (it was removed)"
                : "the roster of chains does not match its MAC (it was changed)");
        }
    }

    /// <summary>Checks <paramref name="entries"/> (ordered by tenant, then sequence) in one go.</summary>
    public static AuditVerification Verify(
        AuditChainKey key, IEnumerable<AuditEntry> entries, IEnumerable<AuditChainHead> heads, AuditChainRoster? roster, string? onlyTenant = null)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var verifier = new AuditChainVerifier(key, heads, roster, onlyTenant);
        foreach (var entry in entries)
        {
            verifier.Add(entry);
        }

        return verifier.Result();
    }

    /// <summary>Checks the next entry; entries must arrive grouped by tenant, each in ascending sequence.</summary>
    public void Add(AuditEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        entries++;
        if (!string.Equals(entry.Record.TenantCode, tenant, StringComparison.Ordinal))
        {
            EndTenant();
            StartTenant(entry.Record.TenantCode);
        }

        // After a break the rest of that chain proves nothing; count it, report the first.
        if (broken.Contains(tenant!))
        {
            return;
        }

        if (Check(entry) is { } reason)
        {
            Report(tenant!, entry.Sequence, reason);
            return;
        }

        sawKeyed |= entry.ChainVersion == AuditCanonicalText.KeyedVersion;
        expectedSequence = entry.Sequence + 1;
        expectedPreviousHash = entry.Hash;
    }

    /// <summary>The result: call once, after the last entry.</summary>
    public AuditVerification Result()
    {
        EndTenant();
        tenant = null;
        var missing = heads.Keys.Concat(rosterTenants ?? []).Where(t => !seen.Contains(t)).Distinct(StringComparer.Ordinal).ToList();
        foreach (var gone in missing)
        {
            seen.Add(gone);
            Report(gone, 1, heads.ContainsKey(gone)
                ? "its whole chain was removed (its head remains)"
                : "its whole chain and its head were removed (the roster names it)");
        }

        return new AuditVerification(seen.Count, entries, firstBreak, broken.Count);
    }

    private void StartTenant(string code)
    {
        tenant = code;
        seen.Add(code);
        expectedSequence = 1;
        expectedPreviousHash = AuditCanonicalText.GenesisHash;
        sawKeyed = false;
        head = heads.GetValueOrDefault(code);
        if (head is not null && !key.Authenticates(head))
        {
            Report(code, head.LastSequence, "its chain head does not match its MAC (the head was changed)");
            head = null;
        }
    }

    private void EndTenant()
    {
        if (tenant is null || broken.Contains(tenant))
        {
            return;
        }

        var last = expectedSequence - 1;
        var inRoster = rosterTenants?.Contains(tenant) == true;
        if (head is null)
        {
            // Only a chain never keyed (written before keyed hashing) may lack a head.
            if (sawKeyed || inRoster || heads.ContainsKey(tenant))
            {
                Report(tenant, last, "its chain head is missing (it was removed)");
            }
        }
        else if (last < head.LastSequence)
        {
            Report(tenant, last + 1, $"the chain ends at {last} but its head at {head.LastSequence} (entries were removed from its end)");
        }
        else if (last > head.LastSequence || !string.Equals(expectedPreviousHash, head.HeadHash, StringComparison.Ordinal))
        {
            Report(tenant, head.LastSequence, "the chain does not end with the entry its head records");
        }
        else if (rosterTenants is not null && !inRoster)
        {
            Report(tenant, last, "its chain head is not in the roster of chains (it was added behind the log)");
        }
    }

    private string? Check(AuditEntry entry)
    {
        if (entry.Sequence != expectedSequence)
        {
            return $"sequence {entry.Sequence} where {expectedSequence} was expected (an entry is missing or out of place)";
        }

        if (!string.Equals(entry.PreviousHash, expectedPreviousHash, StringComparison.Ordinal))
        {
            return entry.Sequence == 1
                ? "the first entry's previous hash is not the genesis hash"
                : $"its previous hash does not match the hash of entry {entry.Sequence - 1}";
        }

        switch (entry.ChainVersion)
        {
            case AuditCanonicalText.UnkeyedVersion when sawKeyed || (head is not null && entry.Sequence > head.LegacyThrough):
                return "it is hashed without the audit key, but its chain was keyed before it (the entry was rewritten)";
            case AuditCanonicalText.UnkeyedVersion:
                return string.Equals(AuditCanonicalText.Recompute(entry), entry.Hash, StringComparison.Ordinal)
                    ? null
                    : "its hash does not match its contents (the entry was changed)";
            case AuditCanonicalText.KeyedVersion:
                return key.Authenticates(entry) ? null : "its hash does not match its contents (the entry was changed)";
            default:
                return $"chain version {entry.ChainVersion} is unknown";
        }
    }

    private void Report(string code, long sequence, string reason)
    {
        if (!broken.Add(code))
        {
            return;
        }

        var found = new AuditChainBreak(code, sequence, reason);
        if (firstBreak is null || string.CompareOrdinal(code, firstBreak.TenantCode) < 0
            || (code == firstBreak.TenantCode && sequence < firstBreak.Sequence))
        {
            firstBreak = found;
        }
    }
}
