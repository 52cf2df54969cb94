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

    /// <summary>
    /// Whether the schema may be explored: introspection (<c>__schema</c>, <c>__type</c>), the SDL at
    /// <c>/graphql/schema.graphql</c>, the console at <c>/graphql/ui</c>, and "Did you mean ...?"
    /// suggestions in validation errors (they name fields the caller did not ask for). Unset means
    /// on in the Development environment and off everywhere else.
    /// </summary>
    public bool? EnableIntrospection { get; set; }

    /// <summary>
    /// How long, in seconds, shared caches and browsers may keep the answer to an anonymous GET
    /// query that succeeded without errors (<c>Cache-Control: public, max-age=...</c>, with an
    /// <c>ETag</c>). Answers to callers with a token, to POST and to failed requests are never
    /// stored (<c>private, no-store</c>). 0: nothing is stored. Default 60.
    /// </summary>
    public int PublicCacheMaxAgeSeconds { get; set; } = 60;

    /// <summary>
    /// The folder of the built GraphQL console (GraphiQL: <c>graphiql.html</c> and <c>assets/</c>),
    /// served at <c>/graphql/ui</c> where <see cref="EnableIntrospection"/> is on. The silo sets it to
    /// the web build's <c>graphiql</c> folder; unset or not built, <c>/graphql/ui</c> answers 404.
    /// </summary>
    public string? ConsoleRoot { get; set; }

    /// <summary>
    /// Keeps the time each stage of a request takes and logs the means every 2,000 requests
    /// (<see cref="GraphQLStageTimings"/>), for the benchmark. Default off.
    /// </summary>
    public bool StageTimings { get; set; }
}
