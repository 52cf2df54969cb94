using Orleans.Dashboard;

namespace Platform.Silo.Hosting;

/// <summary>
/// Running the platform: readiness, graceful shutdown, and the Orleans Dashboard for operators.
/// </summary>
public static class OperationsHostingExtensions
{
    /// <summary>Whether the dashboard is served (setting <c>Operations:Dashboard</c>, off by default).</summary>
    public const string DashboardSetting = "Operations:Dashboard";

    /// <summary>How long shutdown may take (setting <c>Operations:ShutdownTimeoutSeconds</c>).</summary>
    public const string ShutdownTimeoutSetting = "Operations:ShutdownTimeoutSeconds";

    /// <summary>
    /// How long a stopping silo keeps serving while it reports not ready (setting
    /// <c>Operations:DrainDelaySeconds</c>): 15 s by default, longer than the Kubernetes readiness
    /// probe's period (5 s) times its failure threshold (2); 0 in Development.
    /// </summary>
    public const string DrainDelaySetting = "Operations:DrainDelaySeconds";

    /// <summary>Where the dashboard is served.</summary>
    public const string DashboardPath = "/dashboard";

    /// <summary>
    /// Adds the readiness probe, the shutdown budget and the operator policy, and the
    /// dashboard's silo side when enabled.
    /// </summary>
    /// <remarks>
    /// On SIGTERM readiness answers 503 at once and the silo keeps serving for the drain delay
    /// (<see cref="ShutdownDrain"/>); then the host stops Kestrel (no new requests; those in flight finish), then
    /// the silo, which deactivates its grains (writing nothing half-done) and leaves the
    /// membership table so the others take over its grains at once instead of waiting to
    /// declare it dead. All of that must fit in the budget, 30 s by default, which comes on top of
    /// the drain delay; the Kubernetes manifests give the pod enough for both and the preStop pause.
    /// </remarks>
    public static WebApplicationBuilder AddPlatformOperations(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<ReadinessProbe>();
        var seconds = builder.Configuration.GetValue(ShutdownTimeoutSetting, 30);
        var drain = TimeSpan.FromSeconds(builder.Configuration.GetValue(DrainDelaySetting, builder.Environment.IsDevelopment() ? 0 : 15));
        builder.Services.Configure<HostOptions>(o => o.ShutdownTimeout = drain + TimeSpan.FromSeconds(seconds));
        builder.Services.AddSingleton<IHostedService>(services => new ShutdownDrain(drain, services.GetRequiredService<IHostApplicationLifetime>(), services.GetRequiredService<ILogger<ShutdownDrain>>()));
        builder.Services.AddAuthorizationBuilder()
            .AddPolicy(OperatorPolicy.Name, p => p.RequireAuthenticatedUser().RequireRole(OperatorPolicy.Role));
        if (builder.Configuration.GetValue<bool>(DashboardSetting))
        {
            // The live log stream is off: logs are for the log pipeline, with its retention rules.
            builder.UseOrleans(silo => silo.AddDashboard(o => o.HideTrace = true));
        }

        return builder;
    }

    /// <summary>Maps the health endpoints and, when enabled, the dashboard behind <see cref="OperatorPolicy"/>.</summary>
    public static WebApplication MapPlatformOperations(this WebApplication app)
    {
        app.MapPlatformHealth();
        if (app.Configuration.GetValue<bool>(DashboardSetting))
        {
            // The dashboard can show any grain's state; a case grain's state is personal data
            // that operators have no business reading, so that endpoint is not served at all.
            app.Use(async (context, next) =>
            {
                if (context.Request.Path.StartsWithSegments($"{DashboardPath}/GrainState", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.StatusCode = StatusCodes.Status404NotFound;
                    return;
                }

                await next(context);
            });
            app.MapOrleansDashboard(routePrefix: DashboardPath).RequireAuthorization(OperatorPolicy.Name);
        }

        return app;
    }
}
