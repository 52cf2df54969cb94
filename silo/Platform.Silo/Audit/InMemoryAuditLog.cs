using System.Collections.Immutable;
using Platform.Tenants.Audit;
using Platform.Tenants.Common;

namespace Platform.Silo.Audit;

/// <summary>
/// The audit log of an <c>--in-memory</c> run: the same rules and the same hash chain as
/// <see cref="PostgresAuditLog"/>, lost when the process stops.
/// </summary>
public sealed class InMemoryAuditLog(PlatformClock time) : IAuditLog
{
    // One lock for all tenants: appends are microseconds of work here, and one lock keeps
    // a verification's snapshot consistent across tenants.
    private readonly Lock gate = new();
    private readonly SortedDictionary<string, List<AuditEntry>> chains = new(StringComparer.Ordinal);

    /// <summary>A log on the system clock.</summary>
    public InMemoryAuditLog()
        : this(PlatformClock.Real)
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

            var sequence = chain.Count + 1L;
            var previousHash = chain.Count == 0 ? AuditCanonicalText.GenesisHash : chain[^1].Hash;
            var recordedAt = AuditRecordRules.ToStoredPrecision(time.GetUtcNow());
            var hash = AuditCanonicalText.Hash(previousHash, AuditCanonicalText.Of(stored, sequence, recordedAt));
            chain.Add(new AuditEntry(stored, sequence, hash, previousHash, recordedAt));
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
    public Task<AuditVerification> VerifyAsync(string? tenantCode, CancellationToken ct)
    {
        if (tenantCode is not null)
        {
            AuditRecordRules.RequireTenantCode(tenantCode, nameof(tenantCode));
        }

        ct.ThrowIfCancellationRequested();
        AuditEntry[] snapshot;
        lock (gate)
        {
            snapshot = tenantCode is null
                ? [.. chains.Values.SelectMany(chain => chain)]
                : chains.TryGetValue(tenantCode, out var chain) ? [.. chain] : [];
        }

        return Task.FromResult(AuditChainVerifier.Verify(snapshot));
    }
}
