using System.Security.Cryptography;
using Platform.GraphQL.Authorization;
using Platform.GraphQL.Relay;

namespace Platform.Tests.Access;

/// <summary>
/// Ids of another tenant's objects are refused from the id alone: no grain of that tenant is
/// activated, the document's ids are capped, and the owning tenant's audit chain gets one
/// entry per caller and window however many attempts there were.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DeniedAccessFloodTests(PlatformFixture fixture)
{
    private const string Target = "132292";

    [Fact]
    public async Task Nodes_WithAnotherTenantsConsultationIds_ActivateNoGrainAndLeaveOneAuditEntry()
    {
        var keys = Enumerable.Range(0, 50).Select(_ => $"{Target}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}").ToList();
        var ids = keys.Select(k => NodeId.Encode("Consultation", k)).ToList();
        var token = fixture.Host.Token("012025", Roles.Caseworker);
        var audit = fixture.Host.App.Services.GetRequiredService<DeniedAccessAudit>();
        await audit.FlushAsync();
        var log = fixture.Host.App.Services.GetRequiredService<IAuditLog>();
        var before = await log.CountAsync(Target, CancellationToken.None);

        var (_, body) = await fixture.Host.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids }, token);

        Assert.Equal("FORBIDDEN", (string?)body["errors"]?[0]?["extensions"]?["code"]);
        Assert.Empty(await ActivatedAsync(keys));
        await audit.FlushAsync();
        var entries = (await log.ReadAsync(Target, before, 500, CancellationToken.None)).Entries
            .Select(e => e.Record).Where(r => keys.Any(k => r.ObjectId.StartsWith(k, StringComparison.Ordinal))).ToList();
        var entry = Assert.Single(entries);
        Assert.Equal(AuditActions.AccessDenied, entry.Action);
        Assert.Equal("012025", entry.ActorTenantCode);
        Assert.EndsWith("(+49 more)", entry.ObjectId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ThirtyAliasesOfNodes_WithFiftyIdsEach_AreRefusedBeforeAnyGrainIsNamed()
    {
        var keys = Enumerable.Range(0, 1500).Select(_ => $"{Target}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}").ToList();
        var lists = keys.Chunk(50).Select((chunk, i) => $"a{i}: nodes(ids: [{string.Join(", ", chunk.Select(k => $"\"{NodeId.Encode("Consultation", k)}\""))}]) {{ id }}");
        var log = fixture.Host.App.Services.GetRequiredService<IAuditLog>();
        var audit = fixture.Host.App.Services.GetRequiredService<DeniedAccessAudit>();
        await audit.FlushAsync();
        var before = await log.CountAsync(Target, CancellationToken.None);

        var (status, body) = await fixture.Host.PostAsync("{ " + string.Join(' ', lists) + " }", token: fixture.Host.Token("012025", Roles.Integrator));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("QUERY_TOO_COMPLEX", (string?)body["errors"]?[0]?["extensions"]?["code"]);
        Assert.Contains("GraphQL:Limits:MaxIds", (string?)body["errors"]?[0]?["message"], StringComparison.Ordinal);
        Assert.Empty(await ActivatedAsync(keys));
        await audit.FlushAsync();
        var entries = (await log.ReadAsync(Target, before, 500, CancellationToken.None)).Entries;
        Assert.DoesNotContain(entries, e => keys.Any(k => e.Record.ObjectId.StartsWith(k, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task IdsSentAsVariables_CountTowardsTheCap()
    {
        var ids = Enumerable.Range(0, 101).Select(_ => NodeId.Encode("Consultation", $"{Target}/{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16))}")).ToList();

        var (status, body) = await fixture.Host.PostAsync("query($a: [ID!]!) { nodes(ids: $a) { id } }", new { a = ids }, fixture.Host.Token("012025", Roles.Caseworker));

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("QUERY_TOO_COMPLEX", (string?)body["errors"]?[0]?["extensions"]?["code"]);
    }

    [Fact]
    public async Task DesignateProgram_RefusedByRoleToAnotherTenant_IsTracedOnceInTheTargetsChain()
    {
        // A subject of its own, so the entry is this test's whatever else writes to the chain.
        var subject = "designation-attempts-" + Guid.NewGuid().ToString("N");
        var token = Platform.Silo.Identity.DevelopmentTokens.Mint(fixture.Host.DataDirectory, "141003", [Roles.Caseworker], subject, TimeSpan.FromHours(1));
        var audit = fixture.Host.App.Services.GetRequiredService<DeniedAccessAudit>();
        var log = fixture.Host.App.Services.GetRequiredService<IAuditLog>();
        await audit.FlushAsync();
        var before = await log.CountAsync(Target, CancellationToken.None);

        for (var i = 0; i < 5; i++)
        {
            var (status, body) = await fixture.Host.PostAsync(
                """mutation($code: String!) { designateProgram(input: { municipalityCode: $code, fiscalYear: 2099, tier: SUPPORT_PROJECT, functions: [CONSULTATION] }) { errors { code } } }""",
                new { code = Target }, token);
            Assert.Equal(HttpStatusCode.BadRequest, status);
            Assert.Equal("FORBIDDEN", (string?)body["errors"]?[0]?["extensions"]?["code"]);
        }

        await audit.FlushAsync();
        var entry = Assert.Single((await log.ReadAsync(Target, before, 500, CancellationToken.None)).Entries, e => e.Record.Subject == subject).Record;
        Assert.Equal(AuditActions.AccessDenied, entry.Action);
        Assert.Equal("141003", entry.ActorTenantCode);
        Assert.Equal("designateProgram (+4 more)", entry.ObjectId);
    }

    private async Task<List<string>> ActivatedAsync(IReadOnlyCollection<string> keys)
    {
        var management = fixture.Host.Grains.GetGrain<IManagementGrain>(0);
        var statistics = await management.GetDetailedGrainStatistics();
        return [.. statistics.Select(s => s.GrainId.Key.ToString()!).Where(keys.Contains)];
    }
}
