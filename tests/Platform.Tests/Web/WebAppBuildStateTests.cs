using System.Net.Http.Json;

namespace Platform.Tests.Web;

/// <summary>What the silo does with an app that was not built, and with the app's documents as the only ones allowed.</summary>
public sealed class WebAppBuildStateTests : IDisposable
{
    private readonly string _root = TestPostgres.CreateTemporaryFolder();

    /// <inheritdoc />
    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task Root_WhenTheAppWasNotBuilt_SaysHowToBuildIt_AndTheApiStillAnswers()
    {
        await using var host = await PlatformHost.StartAsync(null, extraSettings: new Dictionary<string, string?> { ["Web:Root"] = Path.Combine(_root, "dist") });

        using var root = await host.Http.GetAsync("/");
        var page = await root.Content.ReadAsStringAsync();
        var data = await host.QueryAsync("{ viewer { subject } }");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, root.StatusCode);
        Assert.Equal("text/html", root.Content.Headers.ContentType?.MediaType);
        Assert.Contains("was not built", page);
        Assert.Contains("npm ci &amp;&amp; npm run build", page);
        Assert.Null(data["viewer"]);
    }

    [Fact]
    public async Task PersistedDocumentsOnly_RunsTheAppsDocuments_AndRefusesQueryText()
    {
        BuiltWebApp.WriteTo(_root);
        await using var host = await PlatformHost.StartAsync(null, extraSettings: new Dictionary<string, string?>
        {
            ["Web:Root"] = _root,
            ["GraphQL:PersistedDocuments:Only"] = "true",
        });
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(_root, "persisted-documents.json")))!.AsObject();
        var (hash, text) = (manifest.Single().Key, (string)manifest.Single().Value!);

        using var byId = await host.Http.PostAsJsonAsync("/graphql", new { documentId = "sha256:" + hash });
        var (status, body) = await host.PostAsync(text);

        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Assert.Null(JsonNode.Parse(await byId.Content.ReadAsStringAsync())!["errors"]);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("persisted documents only", (string?)body["errors"]![0]!["message"]);
    }

    [Fact]
    public async Task PersistedDocumentsOnly_WithoutAnyDocument_StopsTheStart()
    {
        var start = PlatformHost.StartAsync(null, extraSettings: new Dictionary<string, string?>
        {
            ["Web:Root"] = Path.Combine(_root, "dist"),
            ["GraphQL:PersistedDocuments:Only"] = "true",
        });

        var error = await Assert.ThrowsAnyAsync<Exception>(() => start);
        Assert.Contains("no document is registered", error.ToString());
    }
}
