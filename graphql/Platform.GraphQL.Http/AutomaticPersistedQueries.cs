using System.Collections.Concurrent;

namespace Platform.GraphQL.Http;

/// <summary>
/// The query texts that Apollo clients registered with automatic persisted queries (APQ): sent
/// once with their SHA-256, then by the hash alone. Bounded by
/// <see cref="PersistedDocumentOptions.AutomaticCacheSize"/>; when full, the oldest registration
/// is forgotten first, and a client that sends its hash then is asked for the text again.
/// </summary>
internal sealed class AutomaticPersistedQueries(IOptions<PersistedDocumentOptions> options)
{
    private readonly ConcurrentDictionary<string, string> _texts = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentQueue<string> _order = new();
    private readonly int _capacity = options.Value.AutomaticCacheSize;

    /// <summary>How many texts are remembered now.</summary>
    public int Count => _texts.Count;

    /// <summary>The text registered under <paramref name="hash"/>, if it is still remembered.</summary>
    public bool TryGet(string hash, out string text) => _texts.TryGetValue(hash, out text!);

    /// <summary>Remembers <paramref name="text"/> under <paramref name="hash"/>, which the caller has checked is its SHA-256.</summary>
    public void Remember(string hash, string text)
    {
        if (_capacity == 0 || !_texts.TryAdd(hash, text))
            return;
        _order.Enqueue(hash);
        while (_texts.Count > _capacity && _order.TryDequeue(out var oldest))
            _texts.TryRemove(oldest, out _);
    }
}
