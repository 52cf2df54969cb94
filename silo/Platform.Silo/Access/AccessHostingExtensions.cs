using Platform.GraphQL.Infrastructure;
using Platform.Tenants.Access;

namespace Platform.Silo.Access;

/// <summary>Wires the caller context from HTTP requests into grain calls, and its check in the silo.</summary>
public static class AccessHostingExtensions
{
    /// <summary>Adds the caller-context signer (grains and the API share it).</summary>
    public static WebApplicationBuilder AddPlatformAccess(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions();
        if (builder.Environment.IsProduction() && !options.InMemory)
        {
            // A key made up by each pod seals contexts no other pod accepts: every call that
            // lands on another silo would be refused. Production never makes one up.
            builder.Services.AddSingleton(new CallerSigner(CallerContextKey.LoadConfigured(builder.Configuration) ?? throw new PrerequisiteMissingException(
                $"Production needs the cluster's caller-context key: set {CallerContextKey.Setting} (base64 of at least 32 bytes), " +
                "in Kubernetes the key Identity__CallerContextKey of the secret platform-secrets. Every silo needs the same key.")));
            return builder;
        }

        builder.Services.AddSingleton(new CallerSigner(CallerContextKey.Load(builder.Configuration, options.DataPath)));
        return builder;
    }

    /// <summary>
    /// After authentication: seals the verified caller of the request into the Orleans request
    /// context, so every grain call the request makes carries it; cleared when the request ends
    /// so nothing leaks into the next request on the same thread.
    /// </summary>
    public static WebApplication UsePlatformCallerContext(this WebApplication app)
    {
        app.Use(async (context, next) =>
        {
            var caller = CallerClaims.From(context.User);
            CallerContext.Set(caller is null ? null : context.RequestServices.GetRequiredService<CallerSigner>().Seal(caller));
            try
            {
                await next(context);
            }
            finally
            {
                RequestContext.Clear();
            }
        });
        return app;
    }
}
