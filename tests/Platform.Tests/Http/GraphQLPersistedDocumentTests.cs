using Platform.GraphQL.Http;

namespace Platform.Tests.Http;

/// <summary><c>GraphQL:PersistedDocuments</c>: registered documents sent by their SHA-256, and the mode that allows nothing else.</summary>
public sealed class GraphQLPersistedDocumentTests : IDisposable
{
    private const string Registered = "query Greeting { hello(name: \"persisted\") }";
    private static readonly string Hash = PersistedDocumentStore.Hash(Registered);
    private readonly string _folder = Directory.CreateTempSubdirectory("platform-persisted-").FullName;

    public GraphQLPersistedDocumentTests()
    {
        File.WriteAllText(Path.Combine(_folder, "greeting.graphql"), Registered);
    }

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task OnlyMode_WithDocumentId_RunsTheRegisteredDocument()
    {
        await using var host = await StartAsync(only: true);

        using var response = await host.PostJsonAsync(new { documentId = "sha256:" + Hash });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Hello, persisted!", (await GraphQLHttpHost.ReadJsonAsync(response)).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task OnlyMode_WithApolloPersistedQueryHash_RunsTheRegisteredDocument()
    {
        await using var host = await StartAsync(only: true);

        using var response = await host.PostJsonAsync(new { extensions = new { persistedQuery = new { version = 1, sha256Hash = Hash } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OnlyMode_WithQueryText_Is400BadUserInput()
    {
        await using var host = await StartAsync(only: true);

        using var response = await host.PostQueryAsync(Registered);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await GraphQLHttpHost.ReadJsonAsync(response);
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Single(GraphQLHttpHost.ErrorCodesOf(body)));
        Assert.Contains("persisted documents only", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task OnlyMode_WithUnknownDocumentId_Is400BadUserInput()
    {
        await using var host = await StartAsync(only: true);

        using var response = await host.PostJsonAsync(new { documentId = "sha256:" + new string('0', 64) });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.BadUserInput, await GraphQLHttpHost.SingleErrorCodeAsync(response));
    }

    [Fact]
    public async Task NormalMode_AcceptsBothQueryTextAndDocumentId()
    {
        await using var host = await StartAsync(only: false);

        using var text = await host.PostQueryAsync("{ hello }");
        using var byId = await host.Client.GetAsync("/graphql?documentId=" + Hash);

        Assert.Equal(HttpStatusCode.OK, text.StatusCode);
        Assert.Equal(HttpStatusCode.OK, byId.StatusCode);
        Assert.Equal("Hello, persisted!", (await GraphQLHttpHost.ReadJsonAsync(byId)).GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public void Store_WithJsonEntryWhoseKeyIsNotTheHash_RefusesToLoad()
    {
        var json = Path.Combine(_folder, "documents.json");
        File.WriteAllText(json, $$"""{ "{{new string('a', 64)}}": "{ hello }" }""");
        var options = Microsoft.Extensions.Options.Options.Create(new PersistedDocumentOptions { Path = json });

        Assert.Throws<InvalidOperationException>(() => new PersistedDocumentStore(options, new TestEnvironment(_folder)));
    }

    private Task<GraphQLHttpHost> StartAsync(bool only) => GraphQLHttpHost.StartAsync(new Dictionary<string, string?>
    {
        ["GraphQL:RateLimit:Enabled"] = "false",
        ["GraphQL:PersistedDocuments:Only"] = only ? "true" : "false",
        ["GraphQL:PersistedDocuments:Path"] = _folder,
    });

    private sealed class TestEnvironment(string root) : Microsoft.Extensions.Hosting.IHostEnvironment
    {
        public string EnvironmentName { get; set; } = "Testing";
        public string ApplicationName { get; set; } = "tests";
        public string ContentRootPath { get; set; } = root;
        public Microsoft.Extensions.FileProviders.IFileProvider ContentRootFileProvider { get; set; } = null!;
    }
}
