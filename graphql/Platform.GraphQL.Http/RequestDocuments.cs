namespace Platform.GraphQL.Http;

/// <summary>
/// Finds the document a request runs: a registered (persisted) document named by its hash, a
/// text an Apollo client registered earlier (automatic persisted queries), or the query text,
/// parsed through the cache. In persisted-documents-only mode, text that is not a registered
/// document's is refused.
/// </summary>
internal sealed class RequestDocuments(
    GraphQLDocumentCache cache,
    PersistedDocumentStore persisted,
    AutomaticPersistedQueries automatic,
    IOptions<PersistedDocumentOptions> options)
{
    private const string OnlyMessage =
        "This endpoint runs persisted documents only: send documentId (or extensions.persistedQuery.sha256Hash) of a registered document (GraphQL:PersistedDocuments:Only).";

    private readonly bool _persistedOnly = options.Value.Only;
    private readonly bool _automatic = options.Value.Automatic && !options.Value.Only;

    /// <summary>The document, or why there is none: a rejection (HTTP) or a GraphQL error (parse error, APQ).</summary>
    public (ParsedDocument? Document, RequestRejection? Rejection, ExecutionError? Error) Find(GraphQLRequest request)
    {
        var documentId = string.IsNullOrEmpty(request.DocumentId) ? null : request.DocumentId;
        var apolloHash = documentId is null ? GraphQLRequestReader.PersistedDocumentId(request) : null;
        var text = string.IsNullOrWhiteSpace(request.Query) ? null : request.Query;

        if (documentId is null && apolloHash is null)
            return _persistedOnly ? Reject(OnlyMessage) : Parse(text!);

        var id = documentId ?? apolloHash!;
        var hash = id.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? id["sha256:".Length..] : id;
        if (text is not null && !string.Equals(PersistedDocumentStore.Hash(text), hash, StringComparison.OrdinalIgnoreCase))
            return Error(ErrorCodes.PersistedQueryHashMismatch, "The sha256 hash sent is not the SHA-256 of the query text sent with it.");

        if (persisted.TryGet(id, out var document))
            return (document, null, null);

        if (text is not null)
        {
            // The text is the hash's (checked above) but not a registered document's.
            if (_persistedOnly)
                return Reject(OnlyMessage);
            var parsed = Parse(text);
            if (_automatic && apolloHash is not null && parsed.Document is not null)
                automatic.Remember(hash, text);
            return parsed;
        }

        if (documentId is not null)
            return Reject($"There is no persisted document {id}.");
        if (_automatic && automatic.TryGet(hash, out var registered))
            return Parse(registered);
        // Apollo's PersistedQueryLink resends the text after NOT_FOUND, and stops sending hashes
        // after NOT_SUPPORTED. Where texts are never registered, asking for the text would only
        // make every query two requests, the second refused.
        if (_persistedOnly)
            return Error(ErrorCodes.PersistedQueryNotSupported,
                "No registered document has this sha256 hash, and this endpoint runs registered documents only (GraphQL:PersistedDocuments:Only).");
        if (!_automatic)
            return Error(ErrorCodes.PersistedQueryNotSupported,
                "Automatic persisted queries are off here (GraphQL:PersistedDocuments:Automatic): send the query text.");
        return Error(ErrorCodes.PersistedQueryNotFound, "PersistedQueryNotFound: no query is known by this sha256 hash; send it again with the query text.");
    }

    private (ParsedDocument? Document, RequestRejection? Rejection, ExecutionError? Error) Parse(string text)
    {
        try
        {
            return (cache.Get(text), null, null);
        }
        catch (GraphQLParserException ex)
        {
            return (null, null, new DocumentParseError(ex));
        }
    }

    private static (ParsedDocument?, RequestRejection?, ExecutionError?) Error(string code, string message) =>
        (null, null, new ExecutionError(message) { Code = code });

    private static (ParsedDocument?, RequestRejection?, ExecutionError?) Reject(string message) =>
        (null, new RequestRejection(StatusCodes.Status400BadRequest, message), null);
}
