namespace Platform.GraphQL.Http;

/// <summary>
/// Persisted documents (trusted documents), bound from <c>GraphQL:PersistedDocuments</c>: queries
/// registered ahead of time and sent by their SHA-256 hash instead of their text, and Apollo's
/// automatic persisted queries (APQ), registered by the clients themselves.
/// </summary>
public sealed class PersistedDocumentOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL:PersistedDocuments";

    /// <summary>
    /// When true, only registered documents run: a request must name one by <c>documentId</c> (or
    /// <c>extensions.persistedQuery.sha256Hash</c>); query text runs only when it is a registered
    /// document's, and clients cannot register more (no APQ). Off by default.
    /// </summary>
    public bool Only { get; set; }

    /// <summary>
    /// Where the registered documents are: a folder whose <c>*.graphql</c> files each hold one
    /// document, or a JSON file mapping each document's SHA-256 (lowercase hex of its UTF-8 text)
    /// to the text. A relative path is relative to the content root. Empty: none.
    /// </summary>
    public string? Path { get; set; }

    /// <summary>
    /// A JSON file of the same form loaded in addition to <see cref="Path"/> when it exists: the
    /// web app's <c>persisted-documents.json</c>, which the host names by default. Empty: none.
    /// </summary>
    public string? AppManifest { get; set; }

    /// <summary>
    /// Whether clients may register their queries with automatic persisted queries (Apollo's
    /// <c>extensions.persistedQuery</c> sent with the text). Off: a hash that names no registered
    /// document is answered <c>PERSISTED_QUERY_NOT_SUPPORTED</c>, and Apollo clients send the
    /// text from then on. Default on; ignored (always off) when <see cref="Only"/> is on.
    /// </summary>
    public bool Automatic { get; set; } = true;

    /// <summary>How many texts registered by clients are remembered (oldest forgotten first). Default 1,000.</summary>
    public int AutomaticCacheSize { get; set; } = 1_000;
}
