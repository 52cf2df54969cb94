using Platform.Silo.Registry;

namespace Platform.Silo.Hosting;

/// <summary>Liveness and readiness endpoints.</summary>
public static class HealthEndpoints
{
    /// <summary>
    /// Maps <c>/health/live</c> (the process answers; also the bare JSON baseline of the
    /// benchmark) and <c>/health/ready</c> (the registry is loaded: 503 until then).
    /// </summary>
    public static IEndpointRouteBuilder MapPlatformHealth(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/health/live", () => Results.Json(new { status = "live" }));
        endpoints.MapGet("/health/ready", (RegistryReadiness readiness) => readiness.IsReady
            ? Results.Json(new { status = "ready", seededInMs = readiness.SeedTime?.TotalMilliseconds })
            : Results.Json(new { status = "starting" }, statusCode: StatusCodes.Status503ServiceUnavailable));
        return endpoints;
    }
}
