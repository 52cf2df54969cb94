namespace Platform.Tests.TestCluster;

/// <summary>
/// The test cluster's audit log: every call goes to the log it wraps, except an append a test
/// has armed to fail (once), which throws an error that is not a storage failure, so the
/// activation that tried it stays and its memory can be inspected.
/// </summary>
public sealed class RefusingAuditLog(IAuditLog inner) : IAuditLog
{
    private readonly ConcurrentDictionary<(string ObjectId, string Action), bool> _armed = new();

    /// <summary>The next append of <paramref name="action"/> on <paramref name="objectId"/> fails.</summary>
    public void FailNext(string objectId, string action) => _armed[(objectId, action)] = true;

    /// <inheritdoc />
    public Task AppendAsync(AuditRecord record, CancellationToken ct = default) =>
        _armed.TryRemove((record.ObjectId, record.Action), out _)
            ? throw new InvalidOperationException($"The audit log refused {record.Action} (armed by a test).")
            : inner.AppendAsync(record, ct);

    /// <inheritdoc />
    public Task<long> CountAsync(string tenantCode, CancellationToken ct) => inner.CountAsync(tenantCode, ct);

    /// <inheritdoc />
    public Task<AuditPage> ReadAsync(string tenantCode, long? afterSequence, int first, CancellationToken ct) =>
        inner.ReadAsync(tenantCode, afterSequence, first, ct);

    /// <inheritdoc />
    public Task<(AuditPage Page, long Matching)> SearchAsync(string tenantCode, AuditSearch search, long? afterSequence, int first, CancellationToken ct) =>
        inner.SearchAsync(tenantCode, search, afterSequence, first, ct);

    /// <inheritdoc />
    public Task<AuditVerification> VerifyAsync(string? tenantCode, CancellationToken ct) => inner.VerifyAsync(tenantCode, ct);
}
