using Platform.GraphQL.Http;

namespace Platform.Tests.Web;

/// <summary>
/// A small stand-in for a built <c>web/dist</c>: an index, one hashed asset, the persisted-document
/// manifest and the GraphQL console (<c>graphiql/</c>).
/// </summary>
public static class BuiltWebApp
{
    /// <summary>The index page.</summary>
    public const string IndexHtml = "<!doctype html><html lang=\"ja\"><head><title>ひきこもり支援</title></head><body><div id=\"root\"></div></body></html>";

    /// <summary>The one operation the stand-in app sends.</summary>
    public const string Document = "query ViewerOfTheApp { viewer { tenantCode } }";

    /// <summary>The console's page.</summary>
    public const string ConsoleHtml = "<!doctype html><html><head><script type=\"module\" src=\"/graphql/ui/assets/graphiql-C0ffee12.js\"></script></head><body><div id=\"graphiql\"></div></body></html>";

    /// <summary>The console's one asset, as the page names it.</summary>
    public const string ConsoleAsset = "graphiql-C0ffee12.js";

    /// <summary>Writes the app into <paramref name="root"/>.</summary>
    public static void WriteTo(string root)
    {
        Directory.CreateDirectory(Path.Combine(root, "assets"));
        File.WriteAllText(Path.Combine(root, "index.html"), IndexHtml);
        File.WriteAllText(Path.Combine(root, "assets", "index-Bx1f3a9c.js"), "console.log('app');");
        Directory.CreateDirectory(Path.Combine(root, "graphiql", "assets"));
        File.WriteAllText(Path.Combine(root, "graphiql", "graphiql.html"), ConsoleHtml);
        File.WriteAllText(Path.Combine(root, "graphiql", "assets", ConsoleAsset), "console.log('graphiql');");
        File.WriteAllText(Path.Combine(root, "persisted-documents.json"),
            JsonSerializer.Serialize(new Dictionary<string, string> { [PersistedDocumentStore.Hash(Document)] = Document }));
    }
}
