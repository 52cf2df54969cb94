namespace Platform.Silo.Hosting;

/// <summary>
/// One log line per HTTP request (method, path without query, status, duration), at Information,
/// only when <c>Operations:RequestLogging</c> is on. ASP.NET Core's own request logging writes
/// two lines per request and stays at Warning; under load either would drown the log pipeline.
/// </summary>
public static partial class RequestLog
{
    /// <summary>The setting that turns the line on (off by default).</summary>
    public const string Setting = "Operations:RequestLogging";

    /// <summary>The log category of the line.</summary>
    public const string Category = "Platform.Requests";

    /// <summary>Lets the line through the (quiet) default log level when the setting is on.</summary>
    public static WebApplicationBuilder AddPlatformRequestLog(this WebApplicationBuilder builder)
    {
        if (builder.Configuration.GetValue<bool>(Setting))
            builder.Logging.AddFilter(Category, LogLevel.Information);
        return builder;
    }

    /// <summary>Writes the line when the setting is on; adds nothing to the pipeline otherwise.</summary>
    public static WebApplication UsePlatformRequestLog(this WebApplication app)
    {
        if (!app.Configuration.GetValue<bool>(Setting))
            return app;

        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger(Category);
        app.Use(async (context, next) =>
        {
            var started = Stopwatch.GetTimestamp();
            try
            {
                await next(context);
            }
            finally
            {
                // The path only: query strings can carry GraphQL variables, that is personal data.
                Log.Request(logger, context.Request.Method, context.Request.Path.Value ?? "/", context.Response.StatusCode,
                    Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        });
        return app;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Path} {Status} {ElapsedMs:0.0} ms")]
        public static partial void Request(ILogger logger, string method, string path, int status, double elapsedMs);
    }
}
