using System.Security.Claims;
using Platform.GraphQL.Infrastructure;

namespace Platform.Silo.Identity;

/// <summary>Maps an Entra token's tenant claim onto our <c>lg_code</c> claim.</summary>
public static class EntraClaims
{
    /// <summary>
    /// Entra delivers the LG code as whatever claim the app registration maps it to (an
    /// optional claim from a directory extension such as <c>extn.lg_code</c>); we copy it to
    /// <c>lg_code</c> so the rest of the platform reads one name.
    /// </summary>
    public static void MapTenantClaim(ClaimsPrincipal principal, string tenantClaim)
    {
        if (tenantClaim == CallerClaims.TenantClaim || principal.FindFirst(CallerClaims.TenantClaim) is not null)
        {
            return;
        }

        if (principal.FindFirst(tenantClaim)?.Value is { } value && principal.Identity is ClaimsIdentity identity)
        {
            identity.AddClaim(new Claim(CallerClaims.TenantClaim, value));
        }
    }
}
