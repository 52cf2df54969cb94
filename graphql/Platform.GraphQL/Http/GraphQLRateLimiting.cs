using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Limits;

namespace Platform.GraphQL.Http;

/// <summary>Applies <see cref="CallerRateLimiter"/> to a request of the GraphQL endpoints.</summary>
internal static class GraphQLRateLimiting
{
    /// <summary>
    /// True when the caller may go on. Otherwise answers 429 with <c>Retry-After</c> (whole
    /// seconds, rounded up) and a GraphQL-shaped body whose error has code <c>RATE_LIMITED</c>.
    /// </summary>
    public static async ValueTask<bool> AdmitAsync(HttpContext context, CallerRateLimiter limiter, GraphQLResponseWriter writer, ILogger logger)
    {
        if (limiter.TryAcquire(context, out var retryAfter))
            return true;

        var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
        GraphQLHttpLog.RateLimited(logger, CallerRateLimiter.PartitionKey(context), retryAfter);
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        await writer.WriteErrorAsync(context, StatusCodes.Status429TooManyRequests, ErrorCodes.RateLimited,
            $"Too many requests: try again in {seconds} s (GraphQL:RateLimit).",
            GraphQLMediaTypes.Negotiate(context.Request) ?? GraphQLMediaTypes.Json);
        return false;
    }
}
