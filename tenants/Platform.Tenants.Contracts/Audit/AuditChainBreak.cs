namespace Platform.Tenants.Audit;

/// <summary>The first entry of a tenant's chain that does not check out.</summary>
/// <param name="TenantCode">The tenant whose chain is broken.</param>
/// <param name="Sequence">The sequence of the offending entry (the one after a gap, for a missing entry).</param>
/// <param name="Reason">What failed, in words: hash, previous hash or sequence.</param>
[GenerateSerializer, Immutable, Alias("platform.audit-chain-break.v1")]
public sealed record AuditChainBreak(
    [property: Id(0)] string TenantCode,
    [property: Id(1)] long Sequence,
    [property: Id(2)] string Reason);
