using Platform.Tenants.Common;
using Platform.Tenants.Directory;

namespace Platform.Tenants.Access;

/// <summary>
/// The decision the silo's call filter takes for each grain call: the method's
/// <see cref="AccessAttribute"/>, the tenant the grain key names, and the verified caller.
/// Pure, so it is tested on its own.
/// </summary>
public static class AccessPolicy
{
    /// <summary>Null when the call is allowed; otherwise why it is not (safe to show).</summary>
    public static string? Deny(AccessAttribute? rule, OwnerKind owner, string key, Caller? caller, CatalogIndex catalog)
    {
        if (rule is null)
        {
            return "This operation is not open to callers (no access rule is declared).";
        }

        if (caller is not null && caller.TenantCode == CallerContext.System.TenantCode && caller.IsInRole(CallerContext.SystemRole))
        {
            return null;
        }

        switch (rule.Level)
        {
            case AccessLevel.Public:
                return null;
            case AccessLevel.System:
                return "This operation is internal to the platform.";
            case AccessLevel.Role:
                return caller is null
                    ? "This operation needs an authenticated caller."
                    : rule.Roles.Any(caller.IsInRole) ? null : $"This operation needs one of the roles {string.Join(", ", rule.Roles)}.";
            case AccessLevel.Tenant:
                if (caller is null)
                {
                    return "This operation needs an authenticated caller.";
                }

                if (!rule.Roles.Any(caller.IsInRole))
                {
                    return $"This operation needs one of the roles {string.Join(", ", rule.Roles)}.";
                }

                var ownerTenant = OwnerTenant(owner, key, catalog);
                if (ownerTenant is null)
                {
                    return "The object has no owning tenant.";
                }

                if (caller.TenantCode == ownerTenant)
                {
                    return null;
                }

                return rule.AllowPrefecture && IsPrefectureOf(caller.TenantCode, ownerTenant, catalog)
                    ? null
                    : "The object belongs to another tenant.";
            default:
                return "Unknown access level.";
        }
    }

    /// <summary>The LG code of the tenant that owns the grain with <paramref name="key"/>, or null.</summary>
    public static string? OwnerTenant(OwnerKind owner, string key, CatalogIndex catalog) => owner switch
    {
        OwnerKind.Municipality => catalog.Municipality(key)?.Code,
        OwnerKind.Prefecture => catalog.Prefecture(key)?.LgCode,
        OwnerKind.Tenant => IsTenant(key, catalog) ? key : null,
        OwnerKind.TenantPrefixed => key.IndexOf('/') is > 0 and var slash && IsTenant(key[..slash], catalog) ? key[..slash] : null,
        _ => null,
    };

    /// <summary>True when <paramref name="code"/> is a tenant that holds data: a municipality or a prefecture.</summary>
    public static bool IsTenant(string code, CatalogIndex catalog) =>
        catalog.Municipality(code) is not null || catalog.PrefectureByLgCode(code) is not null;

    /// <summary>True when <paramref name="callerTenant"/> is the prefecture of municipality <paramref name="ownerTenant"/>.</summary>
    public static bool IsPrefectureOf(string callerTenant, string ownerTenant, CatalogIndex catalog) =>
        catalog.PrefectureByLgCode(callerTenant) is { } prefecture
        && catalog.Municipality(ownerTenant)?.PrefectureCode == prefecture.Code;
}
