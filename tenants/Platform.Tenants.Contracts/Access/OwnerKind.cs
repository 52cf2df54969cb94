namespace Platform.Tenants.Access;

/// <summary>How a grain's key names the tenant that owns its data.</summary>
public enum OwnerKind
{
    /// <summary>Shared, tenant-less data (the nation's totals, the registry).</summary>
    None = 0,

    /// <summary>The key is a municipality's 6-digit LG code.</summary>
    Municipality = 1,

    /// <summary>The key is a prefecture's 2-digit code; the owner is the prefecture's LG code.</summary>
    Prefecture = 2,

    /// <summary>The key starts with the owning tenant's LG code and a '/' ("132292/…").</summary>
    TenantPrefixed = 3,

    /// <summary>The key is a tenant's LG code: a municipality's or a prefecture's.</summary>
    Tenant = 4,
}
