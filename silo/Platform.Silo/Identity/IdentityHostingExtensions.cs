using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Identity.Web;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Silo.Identity;

/// <summary>
/// Bearer-token authentication: Microsoft Entra ID through Microsoft.Identity.Web when
/// <c>Identity:Entra:ClientId</c> is set, and development tokens signed by the key in the data
/// folder when allowed (never in Production). A policy scheme routes each token by its issuer.
/// </summary>
public static class IdentityHostingExtensions
{
    /// <summary>The setting that lets Production start without Entra ID: anonymous, public data only.</summary>
    public const string PublicOnlySetting = "Identity:PublicOnly";

    /// <summary>Adds the schemes and their checks.</summary>
    public static WebApplicationBuilder AddPlatformIdentity(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions();
        var acceptDevTokens = AcceptsDevelopmentTokens(builder.Environment, builder.Configuration);
        var entra = builder.Configuration.GetSection("Identity:Entra");
        var useEntra = !string.IsNullOrEmpty(entra["ClientId"]);
        if (builder.Environment.IsProduction() && !useEntra && !builder.Configuration.GetValue<bool>(PublicOnlySetting))
        {
            // Without Entra, Production accepts no token at all: every staff screen would fail.
            // That is right only for a deployment that serves the public directory on purpose.
            throw new PrerequisiteMissingException(
                "Production needs Microsoft Entra ID: set Identity:Entra:ClientId, Identity:Entra:TenantId, Identity:Entra:Instance and Identity:Entra:AllowedTenantIds " +
                $"(Identity__Entra__ClientId, ...). For a deployment that serves public data only, set {PublicOnlySetting}=true.");
        }

        var authentication = builder.Services.AddAuthentication(IdentitySchemes.Platform)
            .AddPolicyScheme(IdentitySchemes.Platform, "Entra ID or development tokens", policy =>
                policy.ForwardDefaultSelector = context => SchemeFor(context, useEntra));

        if (useEntra)
        {
            var allowed = entra.GetSection("AllowedTenantIds").Get<string[]>() ?? [];
            authentication.AddMicrosoftIdentityWebApi(entra, IdentitySchemes.Entra);
            builder.Services.Configure<JwtBearerOptions>(IdentitySchemes.Entra, jwt =>
            {
                jwt.MapInboundClaims = false;
                jwt.TokenValidationParameters.NameClaimType = "sub";
                jwt.TokenValidationParameters.RoleClaimType = "roles";
                var tenantClaim = entra["TenantClaim"] ?? "lg_code";
                var previous = jwt.Events?.OnTokenValidated;
                jwt.Events ??= new JwtBearerEvents();
                jwt.Events.OnTokenValidated = async context =>
                {
                    if (previous is not null)
                    {
                        await previous(context);
                    }

                    EntraClaims.MapTenantClaim(context.Principal!, tenantClaim);
                    if (TenantClaimCheck.Reject(context.Principal!, allowed) is { } reason)
                    {
                        context.Fail(reason);
                    }
                };
            });
        }

        // The development scheme is always there, so every token reaches a scheme that can
        // judge it; where development tokens are not accepted (Production) it has no key and
        // refuses every token it sees (401), while requests without a token stay anonymous.
        authentication.AddJwtBearer(IdentitySchemes.Development, jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = DevelopmentSigningKey.Issuer,
                ValidAudience = DevelopmentSigningKey.Audience,
                IssuerSigningKey = acceptDevTokens ? DevelopmentSigningKey.LoadOrCreate(options.DataPath) : null,
                IssuerSigningKeys = acceptDevTokens ? null : [],
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                ValidateLifetime = true,
                ClockSkew = TimeSpan.FromSeconds(30),
                NameClaimType = "sub",
                RoleClaimType = "roles",
            };
            jwt.Events = new JwtBearerEvents
            {
                OnTokenValidated = context =>
                {
                    if (!acceptDevTokens)
                    {
                        context.Fail("Development tokens are not accepted here.");
                    }
                    else if ((DevelopmentTokens.RejectLifetime(context.SecurityToken)
                        ?? TenantClaimCheck.Reject(context.Principal!, DevelopmentTokens.DirectoryTenants)) is { } reason)
                    {
                        context.Fail(reason);
                    }

                    return Task.CompletedTask;
                },
            };
        });

        // Both schemes check a token's signature once, then remember it (ValidatedTokenCache).
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ValidatedTokenCache>();
        foreach (var scheme in new[] { IdentitySchemes.Entra, IdentitySchemes.Development })
        {
            builder.Services.AddOptions<JwtBearerOptions>(scheme).PostConfigure<ValidatedTokenCache>((jwt, cache) =>
            {
                for (var i = 0; i < jwt.TokenHandlers.Count; i++)
                    jwt.TokenHandlers[i] = cache.Wrap(scheme, jwt.TokenHandlers[i]);
            });
        }

        return builder;
    }

    /// <summary>
    /// Development tokens are accepted when <c>Identity:DevelopmentTokens</c> says so (default:
    /// outside Production), and never in Production, whatever the setting.
    /// </summary>
    public static bool AcceptsDevelopmentTokens(IHostEnvironment environment, IConfiguration configuration) =>
        !environment.IsProduction() && configuration.GetValue("Identity:DevelopmentTokens", true);

    /// <summary>
    /// Authenticates each request; a request that presents a token which fails validation is
    /// answered 401 rather than treated as anonymous. Authorization of endpoints (the dashboard's
    /// operator policy) follows here, after authentication: left to the host, it would run first,
    /// see every caller as anonymous and answer 401 to a valid operator token.
    /// </summary>
    public static WebApplication UsePlatformIdentity(this WebApplication app)
    {
        app.UseAuthentication();
        app.Use(async (context, next) =>
        {
            if (context.Request.Headers.Authorization.Count > 0 && context.User.Identity?.IsAuthenticated != true)
            {
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                context.Response.Headers.WWWAuthenticate = "Bearer error=\"invalid_token\"";
                await context.Response.WriteAsJsonAsync(new
                {
                    errors = new[] { new { message = "The bearer token is not valid.", extensions = new { code = "UNAUTHENTICATED" } } },
                });
                return;
            }

            await next(context);
        });
        app.UseAuthorization();
        return app;
    }

    private static string SchemeFor(HttpContext context, bool useEntra)
    {
        // Without Entra everything goes to the development scheme, which refuses every token
        // unless development tokens are accepted; with Entra, only development-issued tokens do.
        if (!useEntra)
            return IdentitySchemes.Development;
        var header = context.Request.Headers.Authorization.ToString();
        var issuer = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? PeekIssuer(header[7..].Trim()) : null;
        return issuer == DevelopmentSigningKey.Issuer ? IdentitySchemes.Development : IdentitySchemes.Entra;
    }

    // Reads the issuer without validating anything: it only picks which scheme validates.
    private static string? PeekIssuer(string token)
    {
        try
        {
            return new JsonWebToken(token).Issuer;
        }
        catch (ArgumentException)
        {
            return null;
        }
    }
}
