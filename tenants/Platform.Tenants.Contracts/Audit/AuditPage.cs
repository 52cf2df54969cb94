namespace Platform.Tenants.Audit;

/// <summary>One page of a tenant's audit log, oldest entry first.</summary>
/// <param name="Entries">The entries, in ascending <see cref="AuditEntry.Sequence"/>.</param>
/// <param name="HasMore">True when entries after <paramref name="EndCursor"/> exist.</param>
/// <param name="EndCursor">The last entry's sequence (pass it as <c>afterSequence</c> for the next page); null for an empty page.</param>
[GenerateSerializer, Immutable, Alias("platform.audit-page.v1")]
public sealed record AuditPage(
    [property: Id(0)] ImmutableArray<AuditEntry> Entries,
    [property: Id(1)] bool HasMore,
    [property: Id(2)] long? EndCursor)
{
    /// <summary>The largest page <see cref="IAuditLog.ReadAsync"/> returns.</summary>
    public const int MaxPageSize = 500;
}
