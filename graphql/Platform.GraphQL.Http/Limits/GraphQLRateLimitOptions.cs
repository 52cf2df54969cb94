namespace Platform.GraphQL.Http.Limits;

/// <summary>
/// Per-caller rate limiting of <c>/graphql</c>, bound from <c>GraphQL:RateLimit</c>. A caller is
/// the token's subject (<c>sub</c>) when the request is authenticated, otherwise the remote IP
/// address. Each caller has a token bucket that holds <see cref="Burst"/> requests and refills at
/// <see cref="PermitsPerMinute"/>.
/// </summary>
public sealed class GraphQLRateLimitOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL:RateLimit";

    /// <summary>Whether requests are limited at all. On by default; benchmarks and some tests turn it off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>The sustained rate one caller may send. Default 600 (10 a second).</summary>
    public int PermitsPerMinute { get; set; } = 600;

    /// <summary>How many requests a caller that was quiet may send at once. Default 100.</summary>
    public int Burst { get; set; } = 100;
}
