using Platform.GraphQL;
using Platform.GraphQL.Http;
using Platform.Silo.Audit;
using Platform.Silo.Access;
using Platform.Silo.DirectorySeeding;
using Platform.Silo.Identity;
using Platform.Silo.Orleans;
using Platform.Silo.Telemetry;
using Platform.Silo.Web;
using Platform.Tenants;

namespace Platform.Silo.Hosting;

/// <summary>Composes the one executable: the Orleans silo and Kestrel serving GraphQL.</summary>
public static class PlatformApp
{
    /// <summary>
    /// Builds the app. <paramref name="configure"/> lets tests and tools add configuration
    /// before anything reads it.
    /// </summary>
    public static WebApplication Build(string[] args, Action<WebApplicationBuilder>? configure = null)
    {
        // appsettings.json is read from the silo's own folder, whatever folder it was started from
        // (a service manager, a container's WORKDIR, an operator's shell).
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { Args = TranslateFlags(args), ContentRootPath = AppContext.BaseDirectory });
        configure?.Invoke(builder);
        builder.AddPlatformSecretFiles();

        // Storage first: its start-up step opens the database before any other hosted service starts
        // (the host starts them in order); registering it only checks the settings.
        builder.AddPlatformStorage();
        // In Production, security and identity refuse to build without the settings they need.
        builder.AddPlatformSecurity();
        builder.AddPlatformIdentity();
        builder.Services.AddPlatformTenants();
        builder.AddPlatformAccess();
        builder.AddPlatformOrleans();
        builder.AddPlatformOperations();
        builder.AddPlatformTelemetry();
        builder.AddPlatformRequestLog();
        builder.Services.AddPlatformAudit(builder.Configuration);
        builder.Services.AddPlatformDataProtection();
        builder.Services.AddPlatformGraphQL();
        builder.Services.AddPlatformGraphQLHttp(builder.Configuration);
        builder.Services.AddPlatformDirectorySeeding();
        builder.AddPlatformWebApp();

        var app = builder.Build();
        // First, so that the client's address (rate limits, logs) is known to all that follows.
        app.UsePlatformForwardedHeaders();
        app.UsePlatformRequestLog();
        app.MapPlatformWebApp();
        // Before authentication: a browser app must be able to read a 401 too.
        app.UsePlatformCors();
        app.UseGraphQLStageClock();
        app.UsePlatformIdentity();
        app.UseGraphQLStageMark(GraphQLStageTimings.Stage.Authentication);
        app.UsePlatformCallerContext();
        app.UseGraphQLStageMark(GraphQLStageTimings.Stage.CallerContext);
        app.MapPlatformOperations();
        app.MapPlatformGraphQL();
        app.MapPlatformDevelopmentSignIn();
        Platform.GraphQL.Statistics.StatisticsCsvEndpoints.MapPlatformStatisticsCsv(app);
        return app;
    }

    // "--in-memory" is a flag, not a key=value pair; map it onto the setting it stands for.
    private static string[] TranslateFlags(string[] args) =>
        [.. args.Select(a => a == "--in-memory" ? "--Platform:InMemory=true" : a)];
}
