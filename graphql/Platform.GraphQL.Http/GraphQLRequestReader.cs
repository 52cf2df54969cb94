using System.Buffers;
using System.Text.Json;
using GraphQL.SystemTextJson;
using Microsoft.Extensions.Primitives;

namespace Platform.GraphQL.Http;

/// <summary>Turns a GraphQL-over-HTTP request (POST with a JSON body, or GET with query parameters) into a <see cref="GraphQLRequest"/>.</summary>
internal static class GraphQLRequestReader
{
    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        Converters = { new GraphQLRequestJsonConverter(), new InputsJsonConverter() },
    };

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    /// <summary>Reads the JSON body of a POST request, at most <paramref name="maxBytes"/> long.</summary>
    public static async Task<(GraphQLRequest? Request, RequestRejection? Rejection)> ReadPostAsync(
        HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        if (!GraphQLMediaTypes.IsJsonContent(request.ContentType))
            return Reject(StatusCodes.Status415UnsupportedMediaType, "POST requests must have Content-Type: application/json.");

        // Refuse at once when the client announces the size; otherwise count while reading.
        var body = request.ContentLength > maxBytes ? null : await ReadBodyAsync(request, maxBytes, cancellationToken);
        if (body is null)
            return Reject(StatusCodes.Status413PayloadTooLarge, $"The request body is larger than {maxBytes} bytes.");

        return Parse(body);
    }

    /// <summary>Reads the <c>query</c>, <c>operationName</c>, <c>variables</c> and <c>extensions</c> parameters of a GET request.</summary>
    public static (GraphQLRequest? Request, RequestRejection? Rejection) ReadGet(HttpRequest request)
    {
        var parameters = request.Query;
        if (parameters["query"].Count > 1 || parameters["operationName"].Count > 1
            || parameters["variables"].Count > 1 || parameters["extensions"].Count > 1 || parameters["documentId"].Count > 1)
            return Reject(StatusCodes.Status400BadRequest, "Each query string parameter may appear only once.");

        try
        {
            var graphQLRequest = new GraphQLRequest
            {
                Query = NullIfEmpty(parameters["query"]),
                DocumentId = NullIfEmpty(parameters["documentId"]),
                OperationName = NullIfEmpty(parameters["operationName"]),
                Variables = ParseInputs(parameters["variables"]),
                Extensions = ParseInputs(parameters["extensions"]),
            };
            return Validate(graphQLRequest);
        }
        catch (Exception ex) when (IsMalformedJson(ex))
        {
            return Reject(StatusCodes.Status400BadRequest, "The variables and extensions parameters must be JSON objects.");
        }
    }

    private static (GraphQLRequest?, RequestRejection?) Parse(byte[] body)
    {
        var json = body.AsSpan();
        if (json.StartsWith(Utf8Bom))
            json = json[Utf8Bom.Length..];

        try
        {
            var reader = new Utf8JsonReader(json);
            if (reader.Read() && reader.TokenType == JsonTokenType.StartArray)
                return Reject(StatusCodes.Status400BadRequest, "Batched requests are not supported: send one JSON object per request.");

            var graphQLRequest = JsonSerializer.Deserialize<GraphQLRequest>(json, ReadOptions);
            return graphQLRequest is null
                ? Reject(StatusCodes.Status400BadRequest, "The request body must be a JSON object.")
                : Validate(graphQLRequest);
        }
        catch (Exception ex) when (IsMalformedJson(ex))
        {
            return Reject(StatusCodes.Status400BadRequest,
                "The request body is not a valid GraphQL request: expected a JSON object with a string \"query\" and optional \"variables\", \"operationName\" and \"extensions\".");
        }
    }

    private static (GraphQLRequest?, RequestRejection?) Validate(GraphQLRequest request) =>
        string.IsNullOrWhiteSpace(request.Query) && PersistedDocumentId(request) is null
            ? Reject(StatusCodes.Status400BadRequest, "The request has no query.")
            : (request, null);

    /// <summary>
    /// The persisted document a request names: its <c>documentId</c>, or the
    /// <c>extensions.persistedQuery.sha256Hash</c> that Apollo clients send.
    /// </summary>
    public static string? PersistedDocumentId(GraphQLRequest request)
    {
        if (!string.IsNullOrEmpty(request.DocumentId))
            return request.DocumentId;
        return request.Extensions is { } extensions
            && extensions.TryGetValue("persistedQuery", out var persisted)
            && persisted is IReadOnlyDictionary<string, object?> fields
            && fields.TryGetValue("sha256Hash", out var hash)
            && hash is string { Length: > 0 } text
                ? text
                : null;
    }

    private static Inputs? ParseInputs(StringValues value) =>
        StringValues.IsNullOrEmpty(value) ? null : JsonSerializer.Deserialize<Inputs>(value.ToString(), ReadOptions);

    private static string? NullIfEmpty(StringValues value) => StringValues.IsNullOrEmpty(value) ? null : value.ToString();

    // The GraphQL.NET converters report a wrong token type as InvalidOperationException (from
    // Utf8JsonReader.GetString) and a repeated key as ArgumentException; all of them mean bad input.
    private static bool IsMalformedJson(Exception ex) =>
        ex is JsonException or InvalidOperationException or ArgumentException or FormatException;

    private static (GraphQLRequest?, RequestRejection?) Reject(int statusCode, string message) =>
        (null, new RequestRejection(statusCode, message));

    // Reads the whole body, or returns null as soon as it grows past maxBytes.
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, int maxBytes, CancellationToken cancellationToken)
    {
        var reader = request.BodyReader;
        while (true)
        {
            var read = await reader.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                return null;
            }
            if (read.IsCompleted || read.IsCanceled)
            {
                var body = buffer.ToArray();
                reader.AdvanceTo(buffer.End);
                return body;
            }
            // Nothing consumed yet: ask for more while keeping what arrived.
            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }
}
