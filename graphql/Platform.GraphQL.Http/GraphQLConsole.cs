using System.Buffers;
using Microsoft.AspNetCore.StaticFiles;

namespace Platform.GraphQL.Http;

/// <summary>
/// The GraphQL console at <c>/graphql/ui</c>: GraphiQL as the web build bundled it into
/// <see cref="GraphQLHttpOptions.ConsoleRoot"/> (<c>graphiql.html</c> and <c>assets/</c>, Monaco's
/// workers included). Nothing comes from elsewhere, and the policy would block it if it did.
/// </summary>
internal static class GraphQLConsole
{
    /// <summary>The page, in <see cref="GraphQLHttpOptions.ConsoleRoot"/>.</summary>
    public const string PageFile = "graphiql.html";

    /// <summary>The route value naming a file of <c>assets/</c>.</summary>
    public const string AssetRouteValue = "file";

    // Monaco and GraphiQL set styles at run time and inline their icon fonts; scripts and workers
    // are only the bundle's own files, and requests go only to this origin.
    private const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; worker-src 'self'; style-src 'self' 'unsafe-inline'; " +
        "font-src 'self' data:; img-src 'self' data:; connect-src 'self'; " +
        "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    private static readonly FileExtensionContentTypeProvider ContentTypes = new();

    // The bundler's file names: letters, digits, '-', '_' and dots, never a path.
    private static readonly SearchValues<char> FileNameChars =
        SearchValues.Create("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.");

    /// <summary>Writes the page; 404 when the console was not built.</summary>
    public static Task WritePageAsync(HttpContext context) => SendAsync(context, PageFile, "no-cache");

    /// <summary>Writes one file of <c>assets/</c> (content-hashed names: cached for a year); 404 for anything else.</summary>
    public static Task WriteAssetAsync(HttpContext context)
    {
        var name = context.Request.RouteValues[AssetRouteValue] as string;
        if (string.IsNullOrEmpty(name) || name.AsSpan().ContainsAnyExcept(FileNameChars) || name.StartsWith('.'))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }
        return SendAsync(context, Path.Combine("assets", name), "public, max-age=31536000, immutable");
    }

    private static Task SendAsync(HttpContext context, string relativePath, string cacheControl)
    {
        var root = context.RequestServices.GetRequiredService<IOptions<GraphQLHttpOptions>>().Value.ConsoleRoot;
        var path = string.IsNullOrWhiteSpace(root) ? null : Path.Combine(root, relativePath);
        if (path is null || !File.Exists(path) || !ContentTypes.TryGetContentType(path, out var contentType))
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        var response = context.Response;
        response.ContentType = contentType.StartsWith("text/", StringComparison.Ordinal) || contentType.EndsWith("javascript", StringComparison.Ordinal)
            ? contentType + "; charset=utf-8"
            : contentType;
        response.Headers.CacheControl = cacheControl;
        response.Headers.ContentSecurityPolicy = ContentSecurityPolicy;
        response.Headers.XContentTypeOptions = "nosniff";
        response.Headers.XFrameOptions = "DENY";
        response.Headers["Referrer-Policy"] = "no-referrer";
        return HttpMethods.IsHead(context.Request.Method) ? Task.CompletedTask : response.SendFileAsync(path, context.RequestAborted);
    }
}
