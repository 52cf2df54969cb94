using System.Text.Json;
using Platform.Tests.Infrastructure;

namespace Platform.Tests.Http;

/// <summary>
/// The graphql-http audit suite (the GraphQL-over-HTTP specification's own checks, npm package
/// <c>graphql-http</c>, installed into <c>tests/Platform.Tests/GraphQLHttpAudit</c> from its
/// committed package-lock.json) run against the silo's <c>/graphql</c>: no MUST may fail, and the
/// only SHOULD warnings are those docs/integrators.md lists (see <see cref="KnownWarnings"/>).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class GraphQLHttpAuditTests(PlatformFixture fixture)
{
    // The legacy SHOULDs of the specification's watershed (before 2025-01-01: answer
    // application/json to a client that sends no Accept or */*). Since then it MAY be
    // application/graphql-response+json, which this endpoint answers, so that status codes tell
    // request errors apart for every client that does not ask for the legacy type by name.
    private static readonly string[] KnownWarnings =
    [
        "47DE warn: SHOULD accept */* and use application/json for the content-type",
        "80D8 warn: SHOULD assume application/json content-type when accept is missing",
    ];

    [Fact]
    public async Task AuditSuite_HasNoFailedMust_AndOnlyTheDocumentedShouldWarnings()
    {
        var output = await NodeTools.NodeAsync("audit.mjs", new Uri(fixture.Host.Http.BaseAddress!, "/graphql").ToString());

        using var results = JsonDocument.Parse(output);
        Assert.NotEmpty(results.RootElement.EnumerateArray());
        var failedMusts = results.RootElement.EnumerateArray()
            .Where(r => r.GetProperty("name").GetString()!.StartsWith("MUST", StringComparison.Ordinal) && r.GetProperty("status").GetString() == "error")
            .Select(r => $"{r.GetProperty("name").GetString()}: {r.GetProperty("reason")}")
            .ToList();
        Assert.True(failedMusts.Count == 0, string.Join('\n', failedMusts));
        // Every other result is "ok": exactly the SHOULDs that docs/integrators.md lists as not met.
        var notOk = results.RootElement.EnumerateArray()
            .Where(r => r.GetProperty("status").GetString() != "ok")
            .Select(r => $"{r.GetProperty("id").GetString()} {r.GetProperty("status").GetString()}: {r.GetProperty("name").GetString()}")
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(KnownWarnings, notOk);
    }
}
