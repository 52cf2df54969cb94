using System.Collections.Concurrent;
using GraphQLParser;

namespace Platform.GraphQL.Http;

/// <summary>
/// A bounded, thread-safe cache of parsed GraphQL documents keyed by the query text, so that the
/// queries clients repeat (nearly all of them) are parsed once. Documents that fail to parse are
/// not cached. When the cache is full, the least recently used tenth is dropped.
/// </summary>
public sealed class GraphQLDocumentCache
{
    // The same parser settings GraphQL.NET's own GraphQLDocumentBuilder uses: comments are not
    // needed to execute, locations are (error locations), and the depth guard stays on.
    private static readonly ParserOptions ParserOptions = new() { Ignore = IgnoreOptions.Comments };

    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly Lock _trimLock = new();
    private readonly int _capacity;
    private readonly int _maxQueryLength;
    private int _count;

    /// <summary>Creates a cache with the sizes from <see cref="GraphQLHttpOptions"/>.</summary>
    public GraphQLDocumentCache(IOptions<GraphQLHttpOptions> options)
        : this(options.Value.DocumentCacheSize, options.Value.MaxCachedQueryLength)
    {
    }

    /// <summary>Creates a cache holding at most <paramref name="capacity"/> documents.</summary>
    /// <param name="capacity">The most documents kept; 0 disables caching.</param>
    /// <param name="maxQueryLength">Longer queries are parsed but not kept.</param>
    public GraphQLDocumentCache(int capacity, int maxQueryLength = int.MaxValue)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        ArgumentOutOfRangeException.ThrowIfNegative(maxQueryLength);
        _capacity = capacity;
        _maxQueryLength = maxQueryLength;
    }

    /// <summary>How many documents the cache holds now.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>
    /// Returns the parsed document for <paramref name="query"/>, from the cache when it was seen
    /// before. The returned document is shared between requests and must not be modified.
    /// </summary>
    /// <exception cref="GraphQLParserException">The query is not valid GraphQL syntax or is nested too deeply.</exception>
    public GraphQLDocument GetOrParse(string query) => Get(query).Document;

    /// <summary>
    /// Returns the parsed and measured document for <paramref name="query"/>, from the cache when
    /// it was seen before. The result is shared between requests.
    /// </summary>
    /// <exception cref="GraphQLParserException">The query is not valid GraphQL syntax or is nested too deeply.</exception>
    public ParsedDocument Get(string query)
    {
        ArgumentNullException.ThrowIfNull(query);

        if (_entries.TryGetValue(query, out var cached))
        {
            cached.Touch();
            return cached.Document;
        }

        var document = Parse(query);
        if (_capacity == 0 || query.Length > _maxQueryLength)
            return document;

        var entry = new Entry(document);
        // Two requests may parse the same new query at once; the first one stored wins so that
        // every later request shares a single document.
        var stored = _entries.GetOrAdd(query, entry);
        if (ReferenceEquals(stored, entry) && Interlocked.Increment(ref _count) > _capacity)
            Trim();
        return stored.Document;
    }

    /// <summary>Parses and measures <paramref name="query"/> without caching it.</summary>
    /// <exception cref="GraphQLParserException">The query is not valid GraphQL syntax or is nested too deeply.</exception>
    public static ParsedDocument Parse(string query) => new(ParseSyntax(query));

    /// <summary>Parses <paramref name="query"/> with the endpoint's parser settings.</summary>
    /// <exception cref="GraphQLParserException">The query is not valid GraphQL syntax or is nested too deeply.</exception>
    public static GraphQLDocument ParseSyntax(string query) => Parser.Parse(query, ParserOptions);

    private void Trim()
    {
        // One thread trims while the others carry on; they only ever see a slightly larger cache.
        if (!_trimLock.TryEnter())
            return;
        try
        {
            var excess = Count - _capacity;
            if (excess <= 0)
                return;

            // Dropping a tenth at a time keeps trimming (a sort of at most _capacity entries) rare.
            var toRemove = Math.Max(excess, _capacity / 10);
            var oldest = _entries
                .Select(pair => (pair.Key, pair.Value.LastUsed))
                .OrderBy(pair => pair.LastUsed)
                .Take(toRemove)
                .ToList();
            foreach (var (key, _) in oldest)
            {
                if (_entries.TryRemove(key, out _))
                    Interlocked.Decrement(ref _count);
            }
        }
        finally
        {
            _trimLock.Exit();
        }
    }

    private sealed class Entry(ParsedDocument document)
    {
        private long _lastUsed = Environment.TickCount64;

        public ParsedDocument Document { get; } = document;

        public long LastUsed => Volatile.Read(ref _lastUsed);

        public void Touch() => Volatile.Write(ref _lastUsed, Environment.TickCount64);
    }
}
