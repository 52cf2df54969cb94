using System.Collections.Immutable;

namespace Platform.Silo.Audit;

/// <summary>
/// The audit log of an <c>--in-memory</c> run: the same rules, the same keyed chain, heads and
/// roster as <see cref="PostgresAuditLog"/>, lost when the process stops.
/// </summary>
public sealed class InMemoryAuditLog(PlatformClock time, AuditChainKey key) : IAuditLog
{
    // One lock for all tenants: appends are microseconds of work here, and one lock keeps
    // a verification's snapshot consistent across tenants.
    private readonly Lock gate = new();
    private readonly SortedDictionary<string, List<AuditEntry>> chains = new(StringComparer.Ordinal);
    private readonly Dictionary<string, AuditChainHead> heads = new(StringComparer.Ordinal);
    private AuditChainRoster? roster;

    /// <summary>A log on the system clock with a key of its own.</summary>
    public InMemoryAuditLog()
        : this(PlatformClock.Real, AuditChainKey.Ephemeral())
    {
    }

    /// <inheritdoc />
    public Task AppendAsync(AuditRecord record, CancellationToken ct = default)
    {
        var stored = AuditRecordRules.Normalize(record);
        ct.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (!chains.TryGetValue(stored.TenantCode, out var chain))
            {
                chain = [];
                chains.Add(stored.TenantCode, chain);
            }

            var recordedAt = AuditRecordRules.ToStoredPrecision(time.GetUtcNow());
            var tailHash = chain.Count == 0 ? AuditCanonicalText.GenesisHash : chain[^1].Hash;
            var (plan, hash) = AuditAppendPlan.Create(key, stored, chain.Count, tailHash, heads.GetValueOrDefault(stored.TenantCode), recordedAt);
            chain.Add(new AuditEntry(stored, plan.Sequence, hash, plan.PreviousHash, recordedAt, AuditCanonicalText.KeyedVersion));
            var joined = plan.IsFirstHead ? AuditAppendPlan.JoinRoster(key, stored.TenantCode, roster, heads.Count > 0) : null;
            if (plan.HeadMac is not null && (!plan.IsFirstHead || joined is not null))
            {
                heads[stored.TenantCode] = new AuditChainHead(stored.TenantCode, plan.Sequence, hash, plan.LegacyThrough, plan.HeadMac);
                roster = joined ?? roster;
            }
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task<long> CountAsync(string tenantCode, CancellationToken ct)
    {
        AuditLogArguments.CheckRead(tenantCode, null, 1);
        lock (gate)
        {
            return Task.FromResult(chains.TryGetValue(tenantCode, out var chain) ? (long)chain.Count : 0L);
        }
    }

    /// <inheritdoc />
    public Task<AuditPage> ReadAsync(string tenantCode, long? afterSequence, int first, CancellationToken ct)
    {
        AuditLogArguments.CheckRead(tenantCode, afterSequence, first);
        ct.ThrowIfCancellationRequested();
        lock (gate)
        {
            if (!chains.TryGetValue(tenantCode, out var chain))
            {
                return Task.FromResult(new AuditPage([], false, null));
            }

            // Sequence n sits at index n - 1.
            var start = (int)Math.Min(afterSequence ?? 0, chain.Count);
            var entries = chain.Skip(start).Take(first).ToImmutableArray();
            var hasMore = start + entries.Length < chain.Count;
            return Task.FromResult(new AuditPage(entries, hasMore, entries.IsEmpty ? null : entries[^1].Sequence));
        }
    }

    /// <inheritdoc />
    public Task<(AuditPage Page, long Matching)> SearchAsync(string tenantCode, AuditSearch search, long? afterSequence, int first, CancellationToken ct)
    {
        AuditLogArguments.CheckRead(tenantCode, afterSequence, first);
        ArgumentNullException.ThrowIfNull(search);
        ct.ThrowIfCancellationRequested();
        lock (gate)
        {
            var matching = chains.TryGetValue(tenantCode, out var chain) ? chain.Where(e => search.Matches(e.Record)).ToList() : [];
            var after = matching.Where(e => e.Sequence > (afterSequence ?? 0)).ToList();
            var entries = after.Take(first).ToImmutableArray();
            return Task.FromResult((new AuditPage(entries, after.Count > first, entries.IsEmpty ? null : entries[^1].Sequence), (long)matching.Count));
        }
    }

    /// <inheritdoc />
    public Task<AuditVerification> VerifyAsync(string? tenantCode, CancellationToken ct)
    {
        if (tenantCode is not null)
        {
            AuditRecordRules.RequireTenantCode(tenantCode, nameof(tenantCode));
        }

        ct.ThrowIfCancellationRequested();
        AuditEntry[] snapshot;
        AuditChainHead[] headSnapshot;
        lock (gate)
        {
            snapshot = tenantCode is null
                ? [.. chains.Values.SelectMany(chain => chain)]
                : chains.TryGetValue(tenantCode, out var chain) ? [.. chain] : [];
            headSnapshot = [.. heads.Values.Where(h => tenantCode is null || h.TenantCode == tenantCode)];
        }

        return Task.FromResult(AuditChainVerifier.Verify(key, snapshot, headSnapshot, roster, tenantCode));
    }
}
