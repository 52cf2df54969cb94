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

    /// <summary>
    /// The longest a development token may live, from its <c>nbf</c> (or <c>iat</c>) to its
    /// <c>exp</c>: minted or not by <see cref="Mint"/>, a longer-lived one is refused, so a token
    /// that leaks from a laptop or a log is soon worthless.
    /// </summary>
    public static readonly TimeSpan MaxLifetime = TimeSpan.FromHours(12);

    /// <summary>A signed JWT for <paramref name="tenant"/> with <paramref name="roles"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="lifetime"/> is not positive or exceeds <see cref="MaxLifetime"/>.</exception>
    public static string Mint(string dataDirectory, string tenant, IEnumerable<string> roles, string subject, TimeSpan lifetime)
    {
        if (lifetime <= TimeSpan.Zero || lifetime > MaxLifetime)
        {
            throw new ArgumentOutOfRangeException(nameof(lifetime), lifetime, $"A development token lives at most {MaxLifetime.TotalHours} hours.");
        }

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

    /// <summary>Null when the validated token lives no longer than <see cref="MaxLifetime"/>; otherwise the reason.</summary>
    public static string? RejectLifetime(SecurityToken token)
    {
        var from = token is JsonWebToken { ValidFrom: var notBefore, IssuedAt: var issuedAt }
            ? (notBefore != DateTime.MinValue ? notBefore : issuedAt)
            : token.ValidFrom;
        return from == DateTime.MinValue || token.ValidTo - from > MaxLifetime
            ? $"Development tokens live at most {MaxLifetime.TotalHours} hours (nbf or iat to exp)."
            : null;
    }
}
