using System.Text.RegularExpressions;

namespace Platform.Tests.Http;

/// <summary>The pages beside the endpoint: the schema as SDL and the GraphQL console (GraphiQL, as the web build bundled it).</summary>
[Collection(GraphQLHttpCollection.Name)]
public sealed partial class GraphQLPagesTests(GraphQLHttpHost host)
{
    [Fact]
    public async Task GetSchemaGraphql_ReturnsTheSchemaAsSdlText()
    {
        using var response = await host.Client.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", GraphQLHttpHost.MediaTypeOf(response));
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var sdl = await response.Content.ReadAsStringAsync();
        Assert.Contains("type Query {", sdl);
        Assert.Contains("hello(name: String): String!", sdl);
        Assert.Contains("type Mutation {", sdl);
    }

    [Fact]
    public async Task GetUi_ServesGraphiQL_WithEveryFileFromThisOrigin()
    {
        using var response = await host.Client.GetAsync("/graphql/ui");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", GraphQLHttpHost.MediaTypeOf(response));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<div id=\"graphiql\">", html);
        // Nothing is loaded from elsewhere, and the policy would block it if it were.
        Assert.DoesNotContain("https://", html);
        Assert.DoesNotContain("http://", html);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("script-src 'self';", policy);
        Assert.Contains("worker-src 'self';", policy);
        Assert.Contains("connect-src 'self';", policy);
        Assert.Contains("frame-ancestors 'none'", policy);

        var files = PageFiles(html);
        Assert.Contains(files, file => file.EndsWith(".js", StringComparison.Ordinal));
        Assert.Contains(files, file => file.EndsWith(".css", StringComparison.Ordinal));
        foreach (var file in files)
        {
            using var asset = await host.Client.GetAsync(file);
            Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
            Assert.True(asset.Headers.CacheControl?.Public, file);
            Assert.Equal(TimeSpan.FromDays(365), asset.Headers.CacheControl?.MaxAge);
            Assert.Equal(file.EndsWith(".js", StringComparison.Ordinal) ? "text/javascript" : "text/css", GraphQLHttpHost.MediaTypeOf(asset));
        }
    }

    [Theory]
    [InlineData("/graphql/ui/assets/missing-123.js")]
    [InlineData("/graphql/ui/assets/..%2Fgraphiql.html")]
    [InlineData("/graphql/ui/assets/.vite")]
    [InlineData("/graphql/ui/graphiql.html")]
    [InlineData("/graphql/ui/assets")]
    public async Task GetUi_OfAnythingButThePageAndItsAssets_Is404(string path)
    {
        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Production_ServesTheConsoleAndItsFiles_OnlyWithIntrospectionOn()
    {
        var files = PageFiles(await File.ReadAllTextAsync(Path.Combine(GraphQLHttpHost.ConsoleRoot, "graphiql.html")));
        await using var closed = await GraphQLHttpHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:RateLimit:Enabled"] = "false" }, "Production");
        await using var open = await GraphQLHttpHost.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:RateLimit:Enabled"] = "false",
            ["GraphQL:EnableIntrospection"] = "true",
        }, "Production");

        foreach (var path in files.Prepend("/graphql/ui"))
        {
            using var hidden = await closed.Client.GetAsync(path);
            using var shown = await open.Client.GetAsync(path);
            Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
            Assert.Equal(HttpStatusCode.OK, shown.StatusCode);
        }
    }

    [Fact]
    public async Task GetRoot_RedirectsToTheConsole()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.Client.BaseAddress };

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql/ui", response.Headers.Location?.OriginalString);
    }

    private static List<string> PageFiles(string html) =>
        [.. AssetReference().Matches(html).Select(match => match.Groups["path"].Value)];

    [GeneratedRegex("(?:src|href)=\"(?<path>/graphql/ui/assets/[^\"]+)\"")]
    private static partial Regex AssetReference();
}
