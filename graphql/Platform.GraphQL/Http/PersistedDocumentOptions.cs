namespace Platform.GraphQL.Http;

/// <summary>
/// Persisted documents (trusted documents), bound from <c>GraphQL:PersistedDocuments</c>: queries
/// registered ahead of time and sent by their SHA-256 hash instead of their text.
/// </summary>
public sealed class PersistedDocumentOptions
{
    /// <summary>The configuration section the options are bound from.</summary>
    public const string SectionName = "GraphQL:PersistedDocuments";

    /// <summary>
    /// When true, only registered documents run: a request must send <c>documentId</c> (or
    /// <c>extensions.persistedQuery.sha256Hash</c>) and no query text. Off by default.
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
}
