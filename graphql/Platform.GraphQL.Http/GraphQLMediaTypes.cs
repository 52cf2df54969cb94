using Microsoft.Net.Http.Headers;

namespace Platform.GraphQL.Http;

/// <summary>The media types of GraphQL over HTTP and the choice between them.</summary>
internal static class GraphQLMediaTypes
{
    /// <summary>The GraphQL-over-HTTP response type: status codes tell request failures apart.</summary>
    public const string GraphQLResponseJson = "application/graphql-response+json";

    /// <summary>The legacy response type: HTTP 200 for every well-formed request.</summary>
    public const string Json = "application/json";

    /// <summary>
    /// Picks the response media type from the request's <c>Accept</c> header, as the
    /// GraphQL-over-HTTP specification asks of a server that serves both: a client that names
    /// <see cref="GraphQLResponseJson"/> gets it unless it prefers <see cref="Json"/>; a client
    /// that sends no <c>Accept</c>, or only ranges such as <c>*/*</c>, gets the legacy
    /// <see cref="Json"/> (HTTP 200 for every well-formed request); <see langword="null"/> when
    /// the client accepts neither.
    /// </summary>
    public static string? Negotiate(HttpRequest request)
    {
        var header = request.Headers.Accept;
        // An Accept header we cannot parse is treated like none rather than failing the request.
        if (header.Count == 0 || !MediaTypeHeaderValue.TryParseList(header, out var accepted) || accepted.Count == 0)
            return Json;

        var (graphQLQuality, graphQLNamed) = QualityOf(GraphQLResponseJson, accepted);
        var (jsonQuality, _) = QualityOf(Json, accepted);
        if (graphQLQuality <= 0 && jsonQuality <= 0)
            return null;
        if (jsonQuality <= 0)
            return GraphQLResponseJson;
        return graphQLNamed && graphQLQuality >= jsonQuality ? GraphQLResponseJson : Json;
    }

    /// <summary>Whether a POST body's <c>Content-Type</c> is JSON in UTF-8 (the only charset JSON allows).</summary>
    public static bool IsJsonContent(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var parsed))
            return false;
        if (!parsed.MediaType.Equals(Json, StringComparison.OrdinalIgnoreCase))
            return false;
        var charset = parsed.Charset;
        return !charset.HasValue
            || charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
            || charset.Equals("utf8", StringComparison.OrdinalIgnoreCase);
    }

    // RFC 9110, 12.5.1: the most specific range that matches a type decides its quality; Named
    // says whether that range is the type itself rather than a wildcard.
    private static (double Quality, bool Named) QualityOf(string mediaType, IList<MediaTypeHeaderValue> accepted)
    {
        var slash = mediaType.IndexOf('/');
        var type = mediaType.AsSpan(0, slash);
        var bestSpecificity = 0;
        var quality = 0.0;
        foreach (var range in accepted)
        {
            var specificity = range.MediaType.Equals(mediaType, StringComparison.OrdinalIgnoreCase) ? 3
                : range.MatchesAllSubTypes && range.Type.AsSpan().Equals(type, StringComparison.OrdinalIgnoreCase) ? 2
                : range.MatchesAllTypes ? 1
                : 0;
            if (specificity > bestSpecificity)
            {
                bestSpecificity = specificity;
                quality = range.Quality ?? 1.0;
            }
        }
        return (quality, bestSpecificity == 3);
    }
}
