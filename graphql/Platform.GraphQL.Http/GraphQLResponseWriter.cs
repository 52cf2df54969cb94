using System.Security.Cryptography;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using GraphQL.SystemTextJson;
using Microsoft.AspNetCore.Http.Headers;
using Microsoft.Net.Http.Headers;

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

    /// <summary>
    /// Writes an answer every anonymous caller would get alike, for shared caches:
    /// <c>Cache-Control: public, max-age=<paramref name="maxAgeSeconds"/></c> and a strong
    /// <c>ETag</c> (a hash of the body); a request whose <c>If-None-Match</c> names it gets 304 and no body.
    /// </summary>
    public async Task WritePublicAsync(HttpContext context, ExecutionResult result, string mediaType, int maxAgeSeconds)
    {
        using var buffer = new MemoryStream();
        await _serializer.WriteAsync(buffer, result, context.RequestAborted);
        var body = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        var etag = new EntityTagHeaderValue("\"" + Convert.ToBase64String(SHA256.HashData(body.Span)[..18]).Replace('+', '-').Replace('/', '_') + "\"");

        var response = context.Response;
        response.Headers.CacheControl = "public, max-age=" + maxAgeSeconds.ToString(CultureInfo.InvariantCulture);
        // The body depends on the negotiated media type, and would differ for a caller with a token.
        response.Headers.Vary = "Accept, Authorization";
        response.Headers.ETag = etag.ToString();
        var ifNoneMatch = new RequestHeaders(context.Request.Headers).IfNoneMatch;
        if (ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
        {
            response.StatusCode = StatusCodes.Status304NotModified;
            return;
        }
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = mediaType + "; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.RequestAborted);
    }

    /// <summary>Writes a response with a single error and no <c>data</c>, for requests that never reached execution.</summary>
    public Task WriteErrorAsync(HttpContext context, int statusCode, string code, string message, string? mediaType = null)
    {
        var result = new ExecutionResult { Errors = [new ExecutionError(message) { Code = code }] };
        return WriteAsync(context, result, statusCode, mediaType ?? GraphQLMediaTypes.Json);
    }
}
