using System.Net;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Platform.GraphQL.Limits;

/// <summary>
/// A token bucket per caller, from the rate-limiting primitives that ASP.NET Core's rate-limiting
/// middleware is built on. It is applied inside the GraphQL endpoints rather than as middleware:
/// that way it needs nothing from the host's pipeline, it sees the authenticated caller (the
/// endpoint runs after authentication), and it covers the GraphQL endpoints only, never health.
/// </summary>
public sealed class CallerRateLimiter : IDisposable
{
    // Replenishing more often than this buys no precision: the partitioned limiter ticks every 100 ms.
    private static readonly TimeSpan ShortestPeriod = TimeSpan.FromMilliseconds(100);

    private readonly PartitionedRateLimiter<HttpContext>? _limiter;

    /// <summary>Creates the limiter from <see cref="GraphQLRateLimitOptions"/>; it admits everything when they disable it.</summary>
    public CallerRateLimiter(IOptions<GraphQLRateLimitOptions> options)
    {
        var settings = options.Value;
        if (!settings.Enabled)
            return;

        // Whole tokens per period, with the period as short as the limiter can honour:
        // 600 a minute is 1 token every 100 ms, 100 a minute 1 every 600 ms, 6,000 a minute 10 every 100 ms.
        var tokensPerPeriod = (int)Math.Ceiling(settings.PermitsPerMinute * ShortestPeriod.TotalMinutes);
        var bucket = new TokenBucketRateLimiterOptions
        {
            TokenLimit = settings.Burst,
            TokensPerPeriod = tokensPerPeriod,
            ReplenishmentPeriod = TimeSpan.FromMinutes(1) * tokensPerPeriod / settings.PermitsPerMinute,
            QueueLimit = 0,
            AutoReplenishment = true,
        };
        _limiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            RateLimitPartition.GetTokenBucketLimiter(PartitionKey(context), _ => bucket));
    }

    /// <summary>
    /// Takes one request from the caller's bucket. False when it is empty, with how long until
    /// the next request would be admitted.
    /// </summary>
    public bool TryAcquire(HttpContext context, out TimeSpan retryAfter)
    {
        retryAfter = TimeSpan.Zero;
        if (_limiter is null)
            return true;

        using var lease = _limiter.AttemptAcquire(context);
        if (lease.IsAcquired)
            return true;
        retryAfter = lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1);
        return false;
    }

    /// <summary>The caller a request counts against: its token's subject, or else its remote address.</summary>
    public static string PartitionKey(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && user.FindFirst("sub")?.Value is { Length: > 0 } subject)
            return "sub:" + subject;
        // Behind a reverse proxy this is the proxy's address unless the host applies forwarded headers.
        return "ip:" + (context.Connection.RemoteIpAddress ?? IPAddress.None);
    }

    /// <inheritdoc/>
    public void Dispose() => _limiter?.Dispose();
}
