using System.Globalization;
using System.Text.Json;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Platform.Silo.Identity;

/// <summary>
/// The web app's sign-in support: <c>GET /dev/config</c> tells it how to sign in (development
/// sign-in or Entra ID through MSAL), and <c>POST /dev/token</c> mints a development token for a
/// tenant and roles the developer picks. The token endpoint exists only where development tokens
/// are accepted (never in Production); elsewhere it is not mapped at all (404).
/// </summary>
public static class DevelopmentSignInEndpoints
{
    /// <summary>The path that mints development tokens.</summary>
    public const string TokenPath = "/dev/token";

    /// <summary>The path that describes how to sign in.</summary>
    public const string ConfigPath = "/dev/config";

    /// <summary>How long a token from <see cref="TokenPath"/> lasts: one working day, no more.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(8);

    /// <summary>The longest display name accepted.</summary>
    public const int MaxNameLength = 40;

    /// <summary>The roles a person can sign in with: the app roles of <see cref="Roles"/>.</summary>
    public static readonly IReadOnlyList<string> SignInRoles =
        [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer, Roles.NationalAnalyst, Roles.Integrator];

    /// <summary>Maps <see cref="ConfigPath"/> always and <see cref="TokenPath"/> when development tokens are accepted.</summary>
    public static WebApplication MapPlatformDevelopmentSignIn(this WebApplication app)
    {
        var developmentSignIn = IdentityHostingExtensions.AcceptsDevelopmentTokens(app.Environment, app.Configuration);
        var entra = EntraSettings(app.Configuration.GetSection("Identity:Entra"));
        app.MapGet(ConfigPath, () => Results.Json(new { developmentSignIn, entra }));

        if (developmentSignIn)
        {
            var options = app.Configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions();
            var dataPath = options.DataPath;
            app.MapPost(TokenPath, async (HttpRequest request) => Issue(await ReadAsync(request), dataPath));
        }

        return app;
    }

    /// <summary>Validates <paramref name="body"/> and mints its token, or says what is wrong with a stable code.</summary>
    private static IResult Issue(SignInRequest? body, string dataPath)
    {
        if (body is null)
        {
            return Error("MALFORMED_REQUEST", "Send a JSON object: {\"tenant\":\"132292\",\"roles\":[\"Caseworker\"],\"name\":\"佐藤\"}.");
        }

        if (string.IsNullOrWhiteSpace(body.Tenant) || !TenantClaimCheck.IsKnownTenant(body.Tenant))
        {
            return Error("UNKNOWN_TENANT", $"'{body.Tenant}' is neither a municipality's or prefecture's LG code in the directory nor '{Roles.NationTenant}'.");
        }

        var roles = body.Roles ?? [];
        if (roles.Length == 0)
        {
            return Error("ROLE_REQUIRED", $"Name at least one role: {string.Join(", ", SignInRoles)}.");
        }

        if (roles.FirstOrDefault(r => !SignInRoles.Contains(r, StringComparer.Ordinal)) is { } unknown)
        {
            return Error("UNKNOWN_ROLE", $"Unknown role '{unknown}'. Roles: {string.Join(", ", SignInRoles)}.");
        }

        var name = body.Name?.Trim();
        if (name is { Length: > MaxNameLength } || (name is not null && name.Any(c => char.IsControl(c) || char.IsWhiteSpace(c) && c != ' ')))
        {
            return Error("INVALID_NAME", $"The name must be at most {MaxNameLength} characters on one line.");
        }

        var distinctRoles = roles.Distinct(StringComparer.Ordinal).ToArray();
        var subject = $"dev-{body.Tenant}-{(string.IsNullOrEmpty(name) ? distinctRoles[0] : name)}";
        var token = DevelopmentTokens.Mint(dataPath, body.Tenant, distinctRoles, subject, Lifetime);
        var expiresAt = new JsonWebToken(token).ValidTo;
        return Results.Json(new
        {
            token,
            expiresAt = new DateTimeOffset(expiresAt, TimeSpan.Zero).ToString("O", CultureInfo.InvariantCulture),
            subject,
        });
    }

    private static async Task<SignInRequest?> ReadAsync(HttpRequest request)
    {
        if (!request.HasJsonContentType())
        {
            return null;
        }

        try
        {
            return await request.ReadFromJsonAsync<SignInRequest>(request.HttpContext.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static IResult Error(string code, string message) =>
        Results.Json(new { error = new { code, message } }, statusCode: StatusCodes.Status400BadRequest);

    /// <summary>
    /// What MSAL needs to sign in to Entra ID: the app registration (<c>SpaClientId</c>, else
    /// <c>ClientId</c>), the authority (<c>Instance</c> + <c>TenantId</c>) and the API's scopes
    /// (<c>Scopes</c>, else <c>api://ClientId/.default</c>). Empty when Entra is off. No secrets.
    /// </summary>
    private static object EntraSettings(IConfigurationSection entra)
    {
        var apiClientId = entra["ClientId"];
        if (string.IsNullOrEmpty(apiClientId))
        {
            return new { clientId = "", authority = "", scopes = Array.Empty<string>() };
        }

        var instance = (entra["Instance"] is { Length: > 0 } i ? i : "https://login.microsoftonline.com/").TrimEnd('/');
        var tenantId = entra["TenantId"] is { Length: > 0 } t ? t : "organizations";
        var scopes = entra.GetSection("Scopes").Get<string[]>() is { Length: > 0 } configured ? configured : [$"api://{apiClientId}/.default"];
        return new
        {
            clientId = entra["SpaClientId"] is { Length: > 0 } spa ? spa : apiClientId,
            authority = $"{instance}/{tenantId}",
            scopes,
        };
    }

    private sealed record SignInRequest(string? Tenant, string[]? Roles, string? Name);
}
