using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Platform.Silo.Telemetry;

/// <summary>
/// OpenTelemetry metrics and traces (Orleans, ASP.NET Core) exported over OTLP, and JSON logs.
/// </summary>
/// <remarks>
/// Nothing is collected unless an exporter is configured (<c>OTEL_EXPORTER_OTLP_ENDPOINT</c> or
/// <c>Telemetry:OtlpEndpoint</c>): an in-process pipeline with nowhere to send costs CPU for
/// nothing. Orleans' meters can still be watched locally with <c>dotnet-counters</c>.
/// Personal data stays out: traces carry paths, never query strings or bodies (GraphQL
/// variables travel in the body), and health probes are not traced at all.
/// </remarks>
public static class TelemetryHostingExtensions
{
    /// <summary>The OTLP endpoint setting; the standard <c>OTEL_EXPORTER_OTLP_ENDPOINT</c> variable works too.</summary>
    public const string OtlpEndpointSetting = "Telemetry:OtlpEndpoint";

    /// <summary>One JSON object per log line (setting <c>Telemetry:JsonLogs</c>), for log collectors.</summary>
    public const string JsonLogsSetting = "Telemetry:JsonLogs";

    /// <summary>Adds the telemetry the configuration asks for.</summary>
    public static WebApplicationBuilder AddPlatformTelemetry(this WebApplicationBuilder builder)
    {
        builder.Services.AddMessageBodyLoggingCap();
        if (builder.Configuration.GetValue<bool>(JsonLogsSetting))
        {
            builder.Logging.ClearProviders();
            builder.Logging.AddJsonConsole(o =>
            {
                o.UseUtcTimestamp = true;
                o.TimestampFormat = "yyyy-MM-ddTHH:mm:ss.fffZ ";

                // Scopes carry request paths with query strings and headers' values: left out.
                o.IncludeScopes = false;
            });
        }

        var endpoint = builder.Configuration[OtlpEndpointSetting] ?? builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return builder;
        }

        var otlp = new Uri(endpoint);
        builder.Services.AddOpenTelemetry()
            .ConfigureResource(r => r.AddService(
                serviceName: builder.Configuration["Telemetry:ServiceName"] ?? "platform-silo",
                serviceInstanceId: Environment.MachineName))
            .WithMetrics(metrics => metrics
                .AddMeter("Microsoft.Orleans")
                .AddAspNetCoreInstrumentation()
                .AddOtlpExporter(o => o.Endpoint = otlp))
            .WithTracing(tracing => tracing
                .AddSource("Microsoft.Orleans.Runtime", "Microsoft.Orleans.Application")
                .AddAspNetCoreInstrumentation(o =>
                {
                    o.Filter = context => !context.Request.Path.StartsWithSegments("/health");
                    o.EnrichWithHttpRequest = (activity, _) => activity.SetTag("url.query", null);
                })
                .AddOtlpExporter(o => o.Endpoint = otlp));
        return builder;
    }
}
