namespace Platform.Silo.Hosting;

/// <summary>Liveness and readiness endpoints, for orchestrators and load balancers.</summary>
public static class HealthEndpoints
{
    /// <summary>The liveness path: the process answers HTTP.</summary>
    public const string LivePath = "/health/live";

    /// <summary>The readiness path: the silo should get traffic.</summary>
    public const string ReadyPath = "/health/ready";

    /// <summary>
    /// Maps <c>/health/live</c> (the process answers; also the bare JSON baseline of the
    /// benchmark) and <c>/health/ready</c> (200 once the directory is loaded, the silo is an
    /// active member, PostgreSQL answers and the master key unwraps the stored tenant data keys;
    /// 503 otherwise, with the reason: <c>stopping</c> from the moment shutdown begins, <c>saturated</c>
    /// after a sustained overload (see <c>GraphQL:Concurrency</c>)).
    /// </summary>
    /// <remarks>
    /// Liveness deliberately checks nothing else: a silo whose database is down is not helped
    /// by a restart, and restarting every silo at once during a database outage would turn a
    /// pause into an outage.
    /// </remarks>
    public static IEndpointRouteBuilder MapPlatformHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(LivePath, () => Results.Json(new { status = "live" }));
        endpoints.MapGet(ReadyPath, async (ReadinessProbe probe, CancellationToken ct) =>
        {
            var report = await probe.CheckAsync(ct);
            var status = report.Ready ? "ready" : report.Stopping ? "stopping" : report.Saturated ? "saturated" : report.Directory ? "degraded" : "starting";
            // The JSON field keeps its first name, "registry": probes, dashboards and the
            // operations runbook read it, and renaming code must not break them.
            return Results.Json(
                new { status, registry = report.Directory, silo = report.Silo, database = report.Database, masterKey = report.MasterKey, saturated = report.Saturated, problem = report.Problem },
                statusCode: report.Ready ? StatusCodes.Status200OK : StatusCodes.Status503ServiceUnavailable);
        });
        return endpoints;
    }
}
