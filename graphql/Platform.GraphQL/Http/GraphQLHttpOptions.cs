namespace Platform.GraphQL.Http;

/// <summary>
/// Settings of the GraphQL-over-HTTP endpoint, bound from the <c>GraphQL</c> configuration section
/// (for example <c>GraphQL:MaxRequestBytes</c>).
/// </summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL";

    /// <summary>
    /// The largest request body accepted, in bytes; larger requests get HTTP 413. Default 256 KiB.
    /// </summary>
    public int MaxRequestBytes { get; set; } = 256 * 1024;

    /// <summary>How many parsed documents the document cache keeps. Default 1,000.</summary>
    public int DocumentCacheSize { get; set; } = 1_000;

    /// <summary>
    /// Queries longer than this many characters are parsed on every request instead of cached,
    /// so that a few huge documents cannot fill the cache's memory. Default 16,384.
    /// </summary>
    public int MaxCachedQueryLength { get; set; } = 16_384;
}
