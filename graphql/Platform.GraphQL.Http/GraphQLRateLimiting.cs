namespace Platform.GraphQL.Http;

/// <summary>Applies <see cref="CallerRateLimiter"/> to a request of the GraphQL endpoints.</summary>
internal static class GraphQLRateLimiting
{
    /// <summary>
    /// True when the caller may go on. Every answer carries <c>RateLimit-Limit</c>,
    /// <c>RateLimit-Remaining</c> and <c>RateLimit-Reset</c> (seconds until the caller's bucket is
    /// full again) while limiting is on. A caller over its limit gets 429 with <c>Retry-After</c>
    /// (whole seconds, rounded up) and a GraphQL-shaped body whose error has code <c>RATE_LIMITED</c>.
    /// </summary>
    public static async ValueTask<bool> AdmitAsync(HttpContext context, CallerRateLimiter limiter, GraphQLResponseWriter writer, ILogger logger)
    {
        var admitted = limiter.TryAcquire(context, out var quota);
        if (quota is null)
            return admitted;

        var headers = context.Response.Headers;
        headers["RateLimit-Limit"] = quota.Limit.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Remaining"] = quota.Remaining.ToString(CultureInfo.InvariantCulture);
        headers["RateLimit-Reset"] = WholeSeconds(quota.Reset, minimum: 0).ToString(CultureInfo.InvariantCulture);
        if (admitted)
            return true;

        var seconds = WholeSeconds(quota.RetryAfter, minimum: 1);
        GraphQLHttpLog.RateLimited(logger, CallerRateLimiter.PartitionKey(context), quota.RetryAfter);
        headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await writer.WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
            $"Too many requests: try again in {seconds} s (GraphQL:RateLimit).",
            GraphQLMediaTypes.Negotiate(context.Request) ?? GraphQLMediaTypes.Json);
        return false;
    }

    private static int WholeSeconds(TimeSpan time, int minimum) => Math.Max(minimum, (int)Math.Ceiling(time.TotalSeconds));
}

/// <summary>The statistics CSV's admission: the same callers' buckets as <c>/graphql</c>.</summary>
internal sealed class CallerRateLimitAdmission(CallerRateLimiter limiter, GraphQLResponseWriter writer, ILogger<GraphQLHttpHandler> logger) : IRequestAdmission
{
    /// <inheritdoc />
    public ValueTask<bool> AdmitAsync(HttpContext context) => GraphQLRateLimiting.AdmitAsync(context, limiter, writer, logger);
}
