namespace Platform.Tenants.Audit;

/// <summary>
/// The append-only, per-tenant hash-chained log of every access to personal data. Grains and
/// the API get it from dependency injection; it is a service, not a grain, so an append is one
/// database round trip and never waits behind a grain's turn.
/// </summary>
public interface IAuditLog
{
    /// <summary>
    /// Appends <paramref name="record"/> to the chain of <see cref="AuditRecord.TenantCode"/>.
    /// Completes once the entry is durable; a caller about to return personal data should await
    /// it and fail if it fails, so no access goes unrecorded.
    /// </summary>
    /// <exception cref="ArgumentException">A required field is empty, too long or contains a NUL character.</exception>
    Task AppendAsync(AuditRecord record, CancellationToken ct = default);

    /// <summary>
    /// How many entries the tenant's chain holds: its last sequence, since sequences run 1, 2, 3,
    /// ... without gaps (0 when the tenant has none).
    /// </summary>
    Task<long> CountAsync(string tenantCode, CancellationToken ct);

    /// <summary>Reads a tenant's entries after <paramref name="afterSequence"/>, oldest first.</summary>
    /// <param name="tenantCode">The tenant whose log is read (the caller's authority is checked by the caller).</param>
    /// <param name="afterSequence">The previous page's <see cref="AuditPage.EndCursor"/>, or null for the start.</param>
    /// <param name="first">Page size, 1 to <see cref="AuditPage.MaxPageSize"/>.</param>
    /// <param name="ct">Cancels the read.</param>
    Task<AuditPage> ReadAsync(string tenantCode, long? afterSequence, int first, CancellationToken ct);

    /// <summary>
    /// Reads a tenant's entries after <paramref name="afterSequence"/> that match
    /// <paramref name="search"/>, oldest first, with how many entries of the whole log match.
    /// </summary>
    Task<(AuditPage Page, long Matching)> SearchAsync(string tenantCode, AuditSearch search, long? afterSequence, int first, CancellationToken ct);

    /// <summary>
    /// Walks the chain of <paramref name="tenantCode"/> (or of every tenant when null) in sequence
    /// order and recomputes each hash independently of the store.
    /// </summary>
    Task<AuditVerification> VerifyAsync(string? tenantCode, CancellationToken ct);
}
