namespace Platform.Tenants.Audit;

/// <summary>The result of recomputing the hash chains of the audit log.</summary>
/// <param name="TenantsChecked">Tenants whose chain was walked.</param>
/// <param name="EntriesChecked">Entries read, including those after a break.</param>
/// <param name="FirstBreak">The first broken entry in (tenant ordinal, sequence) order, or null when every chain is intact.</param>
/// <param name="BrokenTenants">How many tenants have a broken chain.</param>
[GenerateSerializer, Immutable, Alias("platform.audit-verification.v1")]
public sealed record AuditVerification(
    [property: Id(0)] int TenantsChecked,
    [property: Id(1)] long EntriesChecked,
    [property: Id(2)] AuditChainBreak? FirstBreak,
    [property: Id(3)] int BrokenTenants)
{
    /// <summary>True when every chain checked is intact.</summary>
    public bool IsIntact => FirstBreak is null;
}
