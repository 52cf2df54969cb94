namespace Platform.Tests.Http;

/// <summary>
/// The graphql-http audit suite (the GraphQL-over-HTTP specification's own checks, npm package
/// <c>graphql-http</c>, installed into <c>tests/Platform.Tests/GraphQLHttpAudit</c> from its
/// committed package-lock.json) run against the silo's <c>/graphql</c>: no MUST may fail,  and no
/// SHOULD may warn.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GraphQLHttpAuditTests(PlatformFixture fixture)
{

    [Fact]
    public async Task AuditSuite_HasNoFailedMust_AndNoShouldWarning()
    {
        var output = await NodeTools.NodeAsync("audit.mjs", new Uri(fixture.Host.Http.BaseAddress!, "/graphql").ToString());

        using var results = JsonDocument.Parse(output);
        Assert.NotEmpty(results.RootElement.EnumerateArray());
        var failedMusts = results.RootElement.EnumerateArray()
            .Where(r => r.GetProperty("name").GetString()!.StartsWith("MUST", StringComparison.Ordinal) && r.GetProperty("status").GetString() == "error")
            .Select(r => $"{r.GetProperty("name").GetString()}: {r.GetProperty("reason")}")
            .ToList();
        Assert.True(failedMusts.Count == 0, string.Join('\n', failedMusts));
        // Every other result is "ok".
        var notOk = results.RootElement.EnumerateArray()
            .Where(r => r.GetProperty("status").GetString() != "ok")
            .Select(r => $"{r.GetProperty("id").GetString()} {r.GetProperty("status").GetString()}: {r.GetProperty("name").GetString()}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Empty(notOk);
    }
}
