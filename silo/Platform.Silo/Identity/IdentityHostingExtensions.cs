using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.IdentityModel.Tokens;
using Platform.Silo.Hosting;

namespace Platform.Silo.Identity;

/// <summary>
/// Bearer-token authentication. This issue accepts development tokens signed by the key in the
/// data folder (<c>Identity:DevelopmentTokens</c>, on by default outside Production); Entra ID
/// comes with the identity issue.
/// </summary>
public static class IdentityHostingExtensions
{
    /// <summary>Adds JWT bearer validation with the claims kept as issued (<c>sub</c>, <c>lg_code</c>, <c>roles</c>).</summary>
    public static WebApplicationBuilder AddPlatformIdentity(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions();
        var acceptDevTokens = builder.Configuration.GetValue("Identity:DevelopmentTokens", !builder.Environment.IsProduction());
        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer(jwt =>
        {
            jwt.MapInboundClaims = false;
            jwt.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuer = DevelopmentSigningKey.Issuer,
                ValidAudience = DevelopmentSigningKey.Audience,
                IssuerSigningKey = acceptDevTokens ? DevelopmentSigningKey.LoadOrCreate(options.DataPath) : null,
                RequireSignedTokens = true,
                RequireExpirationTime = true,
                ValidateLifetime = true,
                ClockSkew = TimeSpan.FromMinutes(1),
                NameClaimType = "sub",
                RoleClaimType = "roles",
            };
        });
        return builder;
    }

    /// <summary>
    /// Authenticates each request; a request that presents a token which fails validation is
    /// answered 401 rather than treated as anonymous.
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
        return app;
    }
}
