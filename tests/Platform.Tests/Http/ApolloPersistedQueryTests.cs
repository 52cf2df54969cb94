namespace Platform.Tests.Http;

/// <summary>
/// Apollo Client (npm <c>@apollo/client</c>) with its <c>PersistedQueryLink</c>, run by node from
/// <c>tests/Platform.Tests/GraphQLHttpAudit/apollo.mjs</c>: against the silo a hash miss makes it
/// resend the text and later queries go by the hash alone; where only registered documents run
/// it stops sending hashes instead of asking twice for every query.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ApolloPersistedQueryTests(PlatformFixture fixture)
{
    [Fact]
    public async Task AgainstTheSilo_AHashMiss_IsResentWithTheText_ThenTheHashAloneRuns()
    {
        // A text no other test sends, so that the silo has not seen its hash.
        var query = $"query ApolloApq {{ p{Guid.NewGuid():N}: prefectures {{ code name }} }}";

        var steps = await RunAsync(new Uri(fixture.Host.Http.BaseAddress!, "/graphql"), ("first", query), ("first", query), ("second", query));

        Assert.All(steps, s => Assert.Equal(JsonValueKind.Null, s.GetProperty("error").ValueKind));
        Assert.All(steps, s => Assert.Equal(47, s.GetProperty("data").EnumerateObject().Single().Value.GetArrayLength()));
        Assert.Equal(["hash:PERSISTED_QUERY_NOT_FOUND", "hash+text:"], Requests(steps[0]));
        Assert.Equal(["hash:"], Requests(steps[1]));
        Assert.Equal(["hash:"], Requests(steps[2]));
    }

    [Fact]
    public async Task RegisteredDocumentsOnly_ARegisteredHashRuns_AnUnknownOneMakesApolloStopSendingHashes()
    {
        // As graphql-js prints it: Apollo hashes the printed document, and a registered file is keyed by its text.
        const string registered = "query Greeting {\n  hello(name: \"persisted\")\n}";
        const string unregistered = "query Apq { hello(name: \"apq\") }";
        var folder = Directory.CreateTempSubdirectory("platform-apollo-");
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "greeting.graphql"), registered);
            await using var host = await GraphQLHttpHost.StartAsync(new Dictionary<string, string?>(GraphQLHttpHost.DefaultSettings)
            {
                ["GraphQL:PersistedDocuments:Path"] = folder.FullName,
                ["GraphQL:PersistedDocuments:Only"] = "true",
            });

            var steps = await RunAsync(new Uri(host.Client.BaseAddress!, "/graphql"),
                ("app", registered), ("other", unregistered), ("other", unregistered));

            Assert.Equal("Hello, persisted!", steps[0].GetProperty("data").GetProperty("hello").GetString());
            Assert.Equal(["hash:"], Requests(steps[0]));
            // NOT_SUPPORTED: Apollo drops the hash and sends the text, which is refused.
            Assert.Equal(["hash:PERSISTED_QUERY_NOT_SUPPORTED", "text:BAD_USER_INPUT"], Requests(steps[1]));
            Assert.NotEqual(JsonValueKind.Null, steps[1].GetProperty("error").ValueKind);
            // From then on one request per query, without a hash.
            Assert.Equal(["text:BAD_USER_INPUT"], Requests(steps[2]));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<JsonElement[]> RunAsync(Uri endpoint, params (string Client, string Query)[] queries)
    {
        var output = await NodeTools.NodeAsync(["apollo.mjs", endpoint.ToString(), .. queries.SelectMany(q => new[] { q.Client, q.Query })]);
        return [.. JsonDocument.Parse(output).RootElement.EnumerateArray()];
    }

    // "hash+text:CODE" per request: what Apollo sent and the error code it got back.
    private static string[] Requests(JsonElement step) =>
    [
        .. step.GetProperty("requests").EnumerateArray().Select(r =>
            string.Join('+', new[] { r.GetProperty("hash").GetBoolean() ? "hash" : null, r.GetProperty("text").GetBoolean() ? "text" : null }.OfType<string>())
            + ":" + string.Join(',', r.GetProperty("codes").EnumerateArray().Select(c => c.GetString()))),
    ];
}
