using System.Net;
using Microsoft.Extensions.FileProviders;
using Microsoft.Net.Http.Headers;
using Platform.GraphQL.Http;

namespace Platform.Silo.Web;

/// <summary>
/// Serves the staff app and the public finder (the built <c>web/dist</c>) at <c>/</c>: its files,
/// with a year's cache for the content-hashed <c>/assets/*</c> and none for the rest, and
/// <c>index.html</c> for every other GET of a path without a file extension (the app's own
/// routes), except the platform's own paths. Without a built app, <c>/</c> says how to build it.
/// </summary>
public static class WebAppHostingExtensions
{
    /// <summary>Path prefixes that belong to the platform, never to the app's routes.</summary>
    public static readonly IReadOnlyList<string> PlatformPrefixes = ["/graphql", "/health", "/dev", "/statistics", "/dashboard"];

    // The app's statistics screen is /statistics itself; the CSV files are below it.
    private static readonly string[] AppRoutesUnderPlatformPrefixes = ["/statistics"];

    private const string AssetsPrefix = "/assets/";

    /// <summary>The folder of <c>web/dist</c> that holds the GraphQL console (served by <c>/graphql/ui</c>, never as a static file).</summary>
    public const string ConsoleFolder = "graphiql";

    /// <summary>
    /// Registers the app's <c>persisted-documents.json</c> (every operation the app sends) as
    /// persisted documents, unless <c>GraphQL:PersistedDocuments:AppManifest</c> names another
    /// file or is set empty; so Production can run <c>GraphQL:PersistedDocuments:Only</c>.
    /// Points <c>GraphQL:ConsoleRoot</c> (unless set) at the built GraphiQL console.
    /// </summary>
    public static WebApplicationBuilder AddPlatformWebApp(this WebApplicationBuilder builder)
    {
        var root = Options(builder.Configuration).RootPath(builder.Environment.ContentRootPath);
        builder.Services.PostConfigure<PersistedDocumentOptions>(persisted =>
            persisted.AppManifest ??= Path.Combine(root, "persisted-documents.json"));
        builder.Services.PostConfigure<GraphQLHttpOptions>(graphQL => graphQL.ConsoleRoot ??= Path.Combine(root, ConsoleFolder));
        return builder;
    }

    /// <summary>Adds the app's static files (before authentication: they are public) and the fallback to <c>index.html</c>.</summary>
    public static WebApplication MapPlatformWebApp(this WebApplication app)
    {
        var root = Options(app.Configuration).RootPath(app.Environment.ContentRootPath);
        if (Directory.Exists(root))
        {
            // The console's files only through /graphql/ui, which refuses them where introspection is off.
            app.UseWhen(context => !context.Request.Path.StartsWithSegments("/" + ConsoleFolder, StringComparison.OrdinalIgnoreCase),
                branch => branch.UseStaticFiles(new StaticFileOptions
                {
                    FileProvider = new PhysicalFileProvider(root),
                    OnPrepareResponse = context => SetHeaders(context.Context, context.Context.Request.Path),
                }));
        }

        var index = Path.Combine(root, "index.html");
        // Ahead of the GraphQL console's redirect at "/", which the app replaces.
        app.MapMethods("/", ["GET", "HEAD"], (HttpContext context) => Index(context, index, root)).WithOrder(-1).WithDisplayName("Web app");
        // Every method, so that a path nothing else serves is a plain 404 (not 405) whatever the method.
        app.Map("/{*path:nonfile}", (HttpContext context) =>
            HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)
                ? IsPlatformPath(context.Request.Path) ? Results.NotFound() : Index(context, index, root)
                : Results.NotFound()).WithDisplayName("Web app routes");
        return app;
    }

    /// <summary>Whether <paramref name="path"/> is one of the platform's own (see <see cref="PlatformPrefixes"/>).</summary>
    public static bool IsPlatformPath(PathString path) =>
        !AppRoutesUnderPlatformPrefixes.Any(route => path.Equals(route, StringComparison.OrdinalIgnoreCase))
        && PlatformPrefixes.Any(prefix => path.StartsWithSegments(prefix, StringComparison.OrdinalIgnoreCase));

    private static WebAppOptions Options(IConfiguration configuration) =>
        configuration.GetSection(WebAppOptions.Section).Get<WebAppOptions>() ?? new WebAppOptions();

    private static IResult Index(HttpContext context, string index, string root)
    {
        SetHeaders(context, "/index.html");
        if (File.Exists(index))
        {
            return Results.File(index, "text/html; charset=utf-8");
        }

        context.Response.Headers.CacheControl = "no-store";
        return Results.Content(NotBuiltPage(root), "text/html; charset=utf-8", statusCode: StatusCodes.Status503ServiceUnavailable);
    }

    private static void SetHeaders(HttpContext context, PathString path)
    {
        var headers = context.Response.Headers;
        headers.CacheControl = path.StartsWithSegments(AssetsPrefix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase)
            ? "public, max-age=31536000, immutable"
            : "no-cache";
        headers[HeaderNames.XContentTypeOptions] = "nosniff";
        headers[HeaderNames.XFrameOptions] = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
    }

    private static string NotBuiltPage(string root) => $$"""
        <!doctype html>
        <html lang="ja">
        <head><meta charset="utf-8"><title>Web app not built</title></head>
        <body>
        <h1>The web app was not built</h1>
        <p>Nothing was found in <code>{{WebUtility.HtmlEncode(root)}}</code>. Build it with
        <code>cd web &amp;&amp; npm ci &amp;&amp; npm run build</code> (or <code>dotnet build silo/Platform.Silo</code>,
        which needs Node.js 20+ and npm: <code>sudo apt-get install -y nodejs npm</code>), then restart the silo.</p>
        <p>The GraphQL API is at <a href="/graphql">/graphql</a>.</p>
        </body>
        </html>
        """;
}
