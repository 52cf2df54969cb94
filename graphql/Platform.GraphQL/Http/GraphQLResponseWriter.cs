using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using GraphQL;
using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace Platform.GraphQL.Http;

/// <summary>Writes GraphQL responses (and request-level errors in the same shape) to the HTTP response.</summary>
/// <param name="options">Whether suggestions may appear in error messages (<see cref="GraphQLHttpOptions.EnableIntrospection"/>).</param>
internal sealed class GraphQLResponseWriter(IOptions<GraphQLHttpOptions> options)
{
    // No naming policy on purpose: GraphQL.NET's result converter applies it to response keys,
    // which would rename aliases. The keys are camelCase already because the schema's names are.
    // Japanese text is written as UTF-8 rather than \u escapes (half the bytes); characters that
    // matter in HTML stay escaped.
    private static readonly JsonSerializerOptions SerializerOptions = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };

    // Our own serializer rather than the one in DI: the error shape is part of the API contract
    // and must not change with how (or whether) someone configures GraphQL.NET's error options.
    private readonly GraphQLSerializer _serializer = new(
        SerializerOptions, new GraphQLErrorInfoProvider(hideSuggestions: options.Value.EnableIntrospection != true));

    /// <summary>Streams <paramref name="result"/> as the response body.</summary>
    public async Task WriteAsync(HttpContext context, ExecutionResult result, int statusCode, string mediaType)
    {
        var response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = mediaType + "; charset=utf-8";
        await _serializer.WriteAsync(response.Body, result, context.RequestAborted);
    }

    /// <summary>The JSON text of <paramref name="result"/>, for one event of a stream.</summary>
    public string Serialize(ExecutionResult result) => _serializer.Serialize(result);

    /// <summary>Writes a response with a single error and no <c>data</c>, for requests that never reached execution.</summary>
    public Task WriteErrorAsync(HttpContext context, int statusCode, string code, string message, string? mediaType = null)
    {
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        return WriteAsync(context, result, statusCode, mediaType ?? GraphQLMediaTypes.Json);
    }
}
