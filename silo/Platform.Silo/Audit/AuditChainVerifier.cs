using Platform.Tenants.Audit;

namespace Platform.Silo.Audit;

/// <summary>
/// Walks audit entries in (tenant, sequence) order and checks each tenant's chain: sequences
/// 1, 2, 3, ... without gaps, each previous hash equal to the hash before it, and each hash
/// equal to the one recomputed from the entry's contents. Knows nothing of where entries are
/// stored, so the PostgreSQL and the in-memory log verify alike.
/// </summary>
public sealed class AuditChainVerifier
{
    private string? tenant;
    private long expectedSequence;
    private string expectedPreviousHash = AuditCanonicalText.GenesisHash;
    private bool tenantBroken;
    private int tenants;
    private long entries;
    private int brokenTenants;
    private AuditChainBreak? firstBreak;

    /// <summary>Checks <paramref name="entries"/> (ordered by tenant, then sequence) in one go.</summary>
    public static AuditVerification Verify(IEnumerable<AuditEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var verifier = new AuditChainVerifier();
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
            tenant = entry.Record.TenantCode;
            tenants++;
            tenantBroken = false;
            expectedSequence = 1;
            expectedPreviousHash = AuditCanonicalText.GenesisHash;
        }

        // After a break the rest of that chain proves nothing; count it, report the first.
        if (tenantBroken)
        {
            return;
        }

        var reason = Check(entry);
        if (reason is not null)
        {
            tenantBroken = true;
            brokenTenants++;
            firstBreak ??= new AuditChainBreak(entry.Record.TenantCode, entry.Sequence, reason);
            return;
        }

        expectedSequence = entry.Sequence + 1;
        expectedPreviousHash = entry.Hash;
    }

    /// <summary>The result so far.</summary>
    public AuditVerification Result() => new(tenants, entries, firstBreak, brokenTenants);

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

        return string.Equals(AuditCanonicalText.Recompute(entry), entry.Hash, StringComparison.Ordinal)
            ? null
            : "its hash does not match its contents (the entry was changed)";
    }
}
