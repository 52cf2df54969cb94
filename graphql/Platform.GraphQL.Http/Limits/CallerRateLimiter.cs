using System.Net;
using System.Threading.RateLimiting;
using Platform.GraphQL.Relay;

namespace Platform.GraphQL.Http.Limits;

/// <summary>
/// A token bucket per caller, from the rate-limiting primitives that ASP.NET Core's rate-limiting
/// middleware is built on. It is applied inside the GraphQL endpoints rather than as middleware:
/// that way it needs nothing from the host's pipeline, it sees the authenticated caller (the
/// endpoint runs after authentication), and it covers the GraphQL and statistics CSV endpoints
/// only, never health.
/// </summary>
public sealed class CallerRateLimiter : IDisposable
{
    // Replenishing more often than this buys no precision: the partitioned limiter ticks every 100 ms.
    private static readonly TimeSpan ShortestPeriod = TimeSpan.FromMilliseconds(100);

    private readonly PartitionedRateLimiter<HttpContext>? _limiter;
    private readonly int _burst;
    private readonly double _permitsPerSecond;

    /// <summary>Creates the limiter from <see cref="GraphQLRateLimitOptions"/>; it admits everything when they disable it.</summary>
    public CallerRateLimiter(IOptions<GraphQLRateLimitOptions> options)
    {
        var settings = options.Value;
        if (!settings.Enabled)
            return;

        _burst = settings.Burst;
        _permitsPerSecond = settings.PermitsPerMinute / 60.0;
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
    /// Takes one request from the caller's bucket. False when it is empty. Either way
    /// <paramref name="quota"/> says where the caller stands (null when limiting is off).
    /// </summary>
    public bool TryAcquire(HttpContext context, out RateLimitQuota? quota)
    {
        quota = null;
        if (_limiter is null)
            return true;

        using var lease = _limiter.AttemptAcquire(context);
        var remaining = (int)Math.Max(0, _limiter.GetStatistics(context)?.CurrentAvailablePermits ?? 0);
        // The bucket is full again once the missing requests have been replenished.
        var reset = TimeSpan.FromSeconds((_burst - remaining) / _permitsPerSecond);
        var retryAfter = lease.IsAcquired ? TimeSpan.Zero
            : lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromSeconds(1 / _permitsPerSecond);
        quota = new RateLimitQuota(_burst, remaining, reset, retryAfter);
        return lease.IsAcquired;
    }

    /// <summary>The caller a request counts against: its token's subject, or else its remote address.</summary>
    public static string PartitionKey(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = context.User;
        if (user.Identity?.IsAuthenticated == true && user.FindFirst("sub")?.Value is { Length: > 0 } subject)
            return "sub:" + subject;
        // Behind a reverse proxy this is the client's address only when the proxy is trusted
        // (ForwardedHeaders:KnownProxies, KnownNetworks); otherwise the proxy's, shared by all its clients.
        return "ip:" + (context.Connection.RemoteIpAddress ?? IPAddress.None);
    }

    /// <inheritdoc/>
    public void Dispose() => _limiter?.Dispose();
}

/// <summary>Where a caller stands in its bucket, for the <c>RateLimit-*</c> and <c>Retry-After</c> headers.</summary>
/// <param name="Limit">The most requests the bucket holds (the burst).</param>
/// <param name="Remaining">The requests left in it now.</param>
/// <param name="Reset">How long until it is full again.</param>
/// <param name="RetryAfter">How long until the next request is admitted; zero when this one was.</param>
public sealed record RateLimitQuota(int Limit, int Remaining, TimeSpan Reset, TimeSpan RetryAfter);
