using System.Net.Http.Json;
using Platform.GraphQL.Http;

namespace Platform.Tests.Web;

/// <summary>
/// The silo serves a built web app (here a small one written by the test) at <c>/</c>, falls back
/// to its <c>index.html</c> for the app's routes, leaves the platform's own paths alone, and
/// registers the app's persisted documents.
/// </summary>
public sealed class WebAppServingTests : IAsyncLifetime
{
    private readonly string _root = TestPostgres.CreateTemporaryFolder();
    private PlatformHost? _host;

    private HttpClient Http => _host!.Http;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        BuiltWebApp.WriteTo(_root);
        _host = await PlatformHost.StartAsync(null, extraSettings: new Dictionary<string, string?> { ["Web:Root"] = _root });
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_host is not null)
        {
            await _host.DisposeAsync();
        }

        Directory.Delete(_root, recursive: true);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/signin")]
    [InlineData("/cases/2025-000123")]
    [InlineData("/graphqlish")]
    [InlineData("/statistics")]
    public async Task Get_OfTheRootOrAnAppRoute_IsIndexHtmlWithoutCache(string path)
    {
        using var response = await Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(BuiltWebApp.IndexHtml, await response.Content.ReadAsStringAsync());
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.True(response.Headers.CacheControl?.NoCache);
    }

    [Fact]
    public async Task Get_OfAHashedAsset_IsCachedForAYear()
    {
        using var response = await Http.GetAsync("/assets/index-Bx1f3a9c.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("console.log('app');", await response.Content.ReadAsStringAsync());
        Assert.Equal(TimeSpan.FromDays(365), response.Headers.CacheControl?.MaxAge);
        Assert.True(response.Headers.CacheControl?.Public);
    }

    [Theory]
    [InlineData("/assets/missing-123.js")]
    [InlineData("/favicon.ico")]
    [InlineData("/graphql/unknown")]
    [InlineData("/health/unknown")]
    [InlineData("/dev/unknown")]
    [InlineData("/statistics/unknown")]
    [InlineData("/dashboard")]
    [InlineData("/graphiql/graphiql.html")]
    [InlineData("/graphiql/assets/" + BuiltWebApp.ConsoleAsset)]
    [InlineData("/GraphiQL/graphiql.html")]
    public async Task Get_OfAMissingFileOrAnUnknownPlatformPath_Is404NotTheApp(string path)
    {
        using var response = await Http.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain("<div id=\"root\">", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task GraphQLUi_IsTheBuiltConsole_OnlyWhereIntrospectionIsOn()
    {
        // The class's host runs in Development, where introspection is on.
        using var page = await Http.GetAsync("/graphql/ui");
        using var asset = await Http.GetAsync("/graphql/ui/assets/" + BuiltWebApp.ConsoleAsset);
        await using var closed = await PlatformHost.StartAsync(null, extraSettings: new Dictionary<string, string?>
        {
            ["Web:Root"] = _root,
            ["GraphQL:EnableIntrospection"] = "false",
        });
        using var hidden = await closed.Http.GetAsync("/graphql/ui");
        using var hiddenAsset = await closed.Http.GetAsync("/graphql/ui/assets/" + BuiltWebApp.ConsoleAsset);

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(BuiltWebApp.ConsoleHtml, await page.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
        Assert.Equal("console.log('graphiql');", await asset.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.NotFound, hidden.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, hiddenAsset.StatusCode);
    }

    [Fact]
    public async Task PlatformEndpoints_AreUntouched()
    {
        var live = JsonNode.Parse(await Http.GetStringAsync("/health/live"))!;
        var data = await _host!.QueryAsync("{ viewer { subject } }");
        using var post = await Http.PostAsync("/signin", JsonContent.Create(new { }));

        Assert.Equal("live", (string?)live["status"]);
        Assert.Null(data["viewer"]);
        Assert.Equal(HttpStatusCode.NotFound, post.StatusCode);
    }

    [Fact]
    public async Task TheAppsPersistedDocuments_RunByTheirHash()
    {
        using var response = await Http.PostAsJsonAsync("/graphql", new { documentId = "sha256:" + PersistedDocumentStore.Hash(BuiltWebApp.Document) },
            new JsonSerializerOptions());
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(body["errors"]);
        Assert.Null(body["data"]!["viewer"]);
    }
}
