using GraphQL;
using GraphQL.Transport;
using GraphQLParser.Exceptions;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Platform.GraphQL.Http;

/// <summary>
/// Finds the document a request runs: a registered (persisted) document named by its hash, or
/// the query text, parsed through the cache. In persisted-documents-only mode, query text is refused.
/// </summary>
internal sealed class RequestDocuments(
    GraphQLDocumentCache cache,
    PersistedDocumentStore persisted,
    IOptions<PersistedDocumentOptions> options)
{
    private readonly bool _persistedOnly = options.Value.Only;

    /// <summary>The document, or why there is none: a rejection (HTTP) or a parse error (GraphQL).</summary>
    public (ParsedDocument? Document, RequestRejection? Rejection, ExecutionError? Error) Find(GraphQLRequest request)
    {
        var id = GraphQLRequestReader.PersistedDocumentId(request);
        var hasText = !string.IsNullOrWhiteSpace(request.Query);
        if (_persistedOnly && (hasText || id is null))
            return Reject("This endpoint runs persisted documents only: send documentId (or extensions.persistedQuery.sha256Hash) and no query text (GraphQL:PersistedDocuments:Only).");

        if (id is not null)
        {
            if (!persisted.TryGet(id, out var document))
                return Reject($"There is no persisted document {id}.");
            if (hasText && !string.Equals(PersistedDocumentStore.Hash(request.Query!), document.Hash, StringComparison.Ordinal))
                return Reject("The query text does not match the persisted document named by its hash.");
            return (document, null, null);
        }

        try
        {
            return (cache.Get(request.Query!), null, null);
        }
        catch (GraphQLParserException ex)
        {
            return (null, null, new DocumentParseError(ex));
        }
    }

    private static (ParsedDocument?, RequestRejection?, ExecutionError?) Reject(string message) =>
        (null, new RequestRejection(StatusCodes.Status400BadRequest, message), null);
}
