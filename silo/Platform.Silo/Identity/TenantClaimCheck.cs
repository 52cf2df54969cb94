using System.Security.Claims;
using Platform.GraphQL.Infrastructure;

namespace Platform.Silo.Identity;

/// <summary>
/// The checks every validated token must also pass: its tenant claim names a tenant of ours
/// (a municipality, a prefecture or the nation), and for Entra tokens the directory it comes
/// from is on the allowlist. A token that fails is rejected (401), never treated as anonymous.
/// </summary>
public static class TenantClaimCheck
{
    /// <summary>Null when the principal is acceptable; otherwise the reason.</summary>
    public static string? Reject(ClaimsPrincipal principal, IReadOnlyCollection<string>? allowedDirectoryTenants)
    {
        if (allowedDirectoryTenants is not null)
        {
            var tid = principal.FindFirst("tid")?.Value;
            if (tid is null || !allowedDirectoryTenants.Contains(tid, StringComparer.OrdinalIgnoreCase))
            {
                return "The token's directory tenant is not on the allowlist.";
            }
        }

        var tenant = principal.FindFirst(CallerClaims.TenantClaim)?.Value;
        if (tenant is null)
        {
            return "The token has no lg_code claim.";
        }

        if (!IsKnownTenant(tenant))
        {
            return "The token's lg_code is not a tenant of this platform.";
        }

        return principal.FindFirst("sub")?.Value is { Length: > 0 } ? null : "The token has no subject.";
    }

    /// <summary>Whether <paramref name="tenant"/> is a municipality's or prefecture's LG code in the directory, or the nation.</summary>
    public static bool IsKnownTenant(string tenant)
    {
        var index = TenantDirectory.Instance;
        return tenant == Roles.NationTenant || index.IsTenant(tenant);
    }
}
