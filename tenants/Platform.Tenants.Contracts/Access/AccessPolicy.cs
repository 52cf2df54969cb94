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
    public static string? Deny(AccessAttribute? rule, OwnerKind owner, string key, Caller? caller, TenantDirectory directory)
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
        }

        if (caller is null)
        {
            return "This operation needs an authenticated caller.";
        }

        if (!rule.Roles.Any(caller.IsInRole))
        {
            return $"This operation needs one of the roles {string.Join(", ", rule.Roles)}.";
        }

        var ownerTenant = OwnerTenant(owner, key, directory);
        return rule.Level switch
        {
            AccessLevel.Role => null,
            AccessLevel.Tenant => DenyTenant(rule, ownerTenant, caller, directory),
            AccessLevel.Prefecture => ownerTenant is not null && directory.IsPrefectureOf(caller.TenantCode, ownerTenant)
                ? null
                : "Only the municipality's prefecture may do this.",
            AccessLevel.MunicipalityOfPrefecture => ownerTenant is not null && directory.IsPrefectureOf(ownerTenant, caller.TenantCode)
                ? null
                : "Only a municipality of this prefecture may do this.",
            _ => "Unknown access level.",
        };
    }

    // The owner's own callers (in the owner roles, where the rule names them), or its prefecture's where allowed.
    private static string? DenyTenant(AccessAttribute rule, string? ownerTenant, Caller caller, TenantDirectory directory)
    {
        if (ownerTenant is null)
        {
            return "The object has no owning tenant.";
        }

        if (caller.TenantCode == ownerTenant)
        {
            return rule.OwnerRoles.Length == 0 || rule.OwnerRoles.Any(caller.IsInRole)
                ? null
                : $"The tenant's own callers need one of the roles {string.Join(", ", rule.OwnerRoles)}.";
        }

        return rule.AllowPrefecture && directory.IsPrefectureOf(caller.TenantCode, ownerTenant)
            ? null
            : "The object belongs to another tenant.";
    }

    /// <summary>The LG code of the tenant that owns the grain with <paramref name="key"/>, or null.</summary>
    public static string? OwnerTenant(OwnerKind owner, string key, TenantDirectory directory) => owner switch
    {
        OwnerKind.Municipality => directory.Municipality(key)?.Code,
        OwnerKind.Prefecture => directory.Prefecture(key)?.LgCode,
        OwnerKind.Tenant => directory.IsTenant(key) ? key : null,
        OwnerKind.TenantPrefixed => key.IndexOf('/') is > 0 and var slash && directory.IsTenant(key[..slash]) ? key[..slash] : null,
        _ => null,
    };
}
