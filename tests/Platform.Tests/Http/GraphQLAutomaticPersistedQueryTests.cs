using Platform.GraphQL.Http;

namespace Platform.Tests.Http;

/// <summary>
/// Apollo's automatic persisted queries: a hash the server does not know is answered
/// <c>PERSISTED_QUERY_NOT_FOUND</c> so that the client sends the text, the text is checked against
/// its hash and remembered (boundedly), and the modes that allow no registration say so.
/// </summary>
public sealed class GraphQLAutomaticPersistedQueryTests : IDisposable
{
    private const string Registered = "query Greeting { hello(name: \"persisted\") }";
    private const string Unregistered = "query Apq { hello(name: \"apq\") }";
    private readonly string _folder = Directory.CreateTempSubdirectory("platform-apq-").FullName;

    public GraphQLAutomaticPersistedQueryTests()
    {
        File.WriteAllText(Path.Combine(_folder, "greeting.graphql"), Registered);
    }

    /// <inheritdoc/>
    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task UnknownHash_IsAnsweredPersistedQueryNotFound()
    {
        await using var host = await StartAsync();

        using var response = await host.PostJsonAsync(HashOnly(Unregistered));
        using var legacy = await host.PostJsonAsync(HashOnly(Unregistered), accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.PersistedQueryNotFound, await GraphQLHttpHost.SingleErrorCodeAsync(response));
        // Apollo Client's legacy media type: 200 with the error, which it retries on the same way.
        Assert.Equal(HttpStatusCode.OK, legacy.StatusCode);
        Assert.Equal(ErrorCodes.PersistedQueryNotFound, await GraphQLHttpHost.SingleErrorCodeAsync(legacy));
    }

    [Fact]
    public async Task HashWithItsText_Runs_AndThenTheHashAloneRuns_ByPostAndByGet()
    {
        await using var host = await StartAsync();

        using var first = await host.PostJsonAsync(WithText(Unregistered, PersistedDocumentStore.Hash(Unregistered)));
        using var post = await host.PostJsonAsync(HashOnly(Unregistered));
        using var get = await host.Client.GetAsync("/graphql?extensions=" + Uri.EscapeDataString(
            $$$"""{"persistedQuery":{"version":1,"sha256Hash":"{{{PersistedDocumentStore.Hash(Unregistered)}}}"}}"""));

        foreach (var response in new[] { first, post, get })
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("Hello, apq!", (await GraphQLHttpHost.ReadJsonAsync(response)).GetProperty("data").GetProperty("hello").GetString());
        }
    }

    [Fact]
    public async Task HashOfAnotherText_IsRefusedWithHashMismatch_AndNothingIsRemembered()
    {
        await using var host = await StartAsync();

        using var mismatch = await host.PostJsonAsync(WithText(Unregistered, PersistedDocumentStore.Hash("{ hello }")));
        using var later = await host.PostJsonAsync(HashOnly("{ hello }"));

        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Equal(ErrorCodes.PersistedQueryHashMismatch, await GraphQLHttpHost.SingleErrorCodeAsync(mismatch));
        Assert.Equal(ErrorCodes.PersistedQueryNotFound, await GraphQLHttpHost.SingleErrorCodeAsync(later));
    }

    [Fact]
    public async Task Cache_IsBounded_TheOldestRegistrationIsForgotten()
    {
        await using var host = await StartAsync(new() { ["GraphQL:PersistedDocuments:AutomaticCacheSize"] = "1" });
        const string Other = "{ hello(name: \"other\") }";

        (await host.PostJsonAsync(WithText(Unregistered, PersistedDocumentStore.Hash(Unregistered)))).Dispose();
        (await host.PostJsonAsync(WithText(Other, PersistedDocumentStore.Hash(Other)))).Dispose();
        using var oldest = await host.PostJsonAsync(HashOnly(Unregistered));
        using var newest = await host.PostJsonAsync(HashOnly(Other));

        Assert.Equal(ErrorCodes.PersistedQueryNotFound, await GraphQLHttpHost.SingleErrorCodeAsync(oldest));
        Assert.Equal(HttpStatusCode.OK, newest.StatusCode);
    }

    [Fact]
    public async Task AutomaticOff_UnknownHash_IsAnsweredNotSupported_RegisteredDocumentsStillRun()
    {
        await using var host = await StartAsync(new() { ["GraphQL:PersistedDocuments:Automatic"] = "false" });

        using var unknown = await host.PostJsonAsync(HashOnly(Unregistered));
        using var withText = await host.PostJsonAsync(WithText(Unregistered, PersistedDocumentStore.Hash(Unregistered)));
        using var afterwards = await host.PostJsonAsync(HashOnly(Unregistered));
        using var registered = await host.PostJsonAsync(HashOnly(Registered));

        Assert.Equal(ErrorCodes.PersistedQueryNotSupported, await GraphQLHttpHost.SingleErrorCodeAsync(unknown));
        Assert.Equal(HttpStatusCode.OK, withText.StatusCode);
        Assert.Equal(ErrorCodes.PersistedQueryNotSupported, await GraphQLHttpHost.SingleErrorCodeAsync(afterwards));
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
    }

    [Fact]
    public async Task OnlyMode_UnknownTextWithItsHash_IsRefusedAndNotRemembered_RegisteredTextWithItsHashRuns()
    {
        await using var host = await StartAsync(new() { ["GraphQL:PersistedDocuments:Only"] = "true" });

        using var unknown = await host.PostJsonAsync(WithText(Unregistered, PersistedDocumentStore.Hash(Unregistered)));
        using var afterwards = await host.PostJsonAsync(HashOnly(Unregistered));
        using var registered = await host.PostJsonAsync(WithText(Registered, PersistedDocumentStore.Hash(Registered)));

        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Equal(ErrorCodes.BadUserInput, await GraphQLHttpHost.SingleErrorCodeAsync(unknown));
        // Not NOT_FOUND: Apollo would send the text again, to be refused again, on every query.
        Assert.Equal(ErrorCodes.PersistedQueryNotSupported, await GraphQLHttpHost.SingleErrorCodeAsync(afterwards));
        Assert.Equal(HttpStatusCode.OK, registered.StatusCode);
        Assert.Equal("Hello, persisted!", (await GraphQLHttpHost.ReadJsonAsync(registered)).GetProperty("data").GetProperty("hello").GetString());
    }

    private static object HashOnly(string text) =>
        new { extensions = new { persistedQuery = new { version = 1, sha256Hash = PersistedDocumentStore.Hash(text) } } };

    private static object WithText(string text, string hash) =>
        new { query = text, extensions = new { persistedQuery = new { version = 1, sha256Hash = hash } } };

    private Task<GraphQLHttpHost> StartAsync(Dictionary<string, string?>? settings = null)
    {
        var all = new Dictionary<string, string?>
        {
            ["GraphQL:RateLimit:Enabled"] = "false",
            ["GraphQL:PersistedDocuments:Path"] = _folder,
        };
        foreach (var (key, value) in settings ?? [])
            all[key] = value;
        return GraphQLHttpHost.StartAsync(all);
    }
}
