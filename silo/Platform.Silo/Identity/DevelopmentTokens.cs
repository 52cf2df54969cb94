using System.Security.Claims;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Silo.Identity;

/// <summary>Mints development tokens that a locally started silo accepts.</summary>
public static class DevelopmentTokens
{
    /// <summary>The directory tenant (<c>tid</c>) of development tokens; others are refused.</summary>
    public const string DirectoryTenant = "platform-local-dev";

    /// <summary>The allowlist the development scheme applies.</summary>
    public static readonly IReadOnlyCollection<string> DirectoryTenants = [DirectoryTenant];

    /// <summary>A signed JWT for <paramref name="tenant"/> with <paramref name="roles"/>.</summary>
    public static string Mint(string dataDirectory, string tenant, IEnumerable<string> roles, string subject, TimeSpan lifetime)
    {
        var key = DevelopmentSigningKey.LoadOrCreate(dataDirectory);
        var claims = new List<Claim> { new("sub", subject), new("lg_code", tenant), new("tid", DirectoryTenant) };
        claims.AddRange(roles.Select(r => new Claim("roles", r)));
        var now = DateTime.UtcNow;
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = DevelopmentSigningKey.Issuer,
            Audience = DevelopmentSigningKey.Audience,
            Subject = new ClaimsIdentity(claims),
            IssuedAt = now,
            NotBefore = now,
            Expires = now + lifetime,
            SigningCredentials = new SigningCredentials(key, SecurityAlgorithms.EcdsaSha256),
        });
    }
}
