using System.Security.Claims;

namespace Platform.GraphQL.Infrastructure;

/// <summary>Builds the <see cref="Caller"/> from a validated token's claims: <c>sub</c>, <c>lg_code</c>, <c>roles</c>.</summary>
public static class CallerClaims
{
    /// <summary>The tenant claim.</summary>
    public const string TenantClaim = "lg_code";

    /// <summary>The one claim that carries app roles.</summary>
    public const string RolesClaim = "roles";

    /// <summary>The caller, or null when the principal is anonymous or lacks a subject or tenant.</summary>
    public static Caller? From(ClaimsPrincipal? user)
    {
        if (user?.Identity?.IsAuthenticated != true)
        {
            return null;
        }

        var subject = user.FindFirst("sub")?.Value ?? user.FindFirst(ClaimTypes.NameIdentifier)?.Value;
        var tenant = user.FindFirst(TenantClaim)?.Value;
        if (string.IsNullOrEmpty(subject) || string.IsNullOrEmpty(tenant))
        {
            return null;
        }

        // Only the claim the token's issuer sets for app roles. Any other claim that merely
        // looks like a role (ClaimTypes.Role and its kin) is ignored, whoever put it there.
        var roles = user.FindAll(RolesClaim).Select(c => c.Value).Distinct(StringComparer.Ordinal);
        return new Caller(subject, tenant, [.. roles]);
    }
}
