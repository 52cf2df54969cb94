using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Cases;

/// <summary>Every case read and change shows in the tenant's audit log, which only its supervisors and admins read.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseAuditLogTests(PlatformFixture fixture)
{
    private const string Log = """
        query($first: Int, $after: String) {
          auditLog(first: $first, after: $after) {
            pageInfo { hasNextPage endCursor }
            nodes { sequence at subject actorTenantCode roles action objectType objectId outcome hash previousHash }
          }
        }
        """;

    [Fact]
    public async Task AuditLog_ShowsTheTenantsCaseOpensAndReads_ToItsAdmin_AndIsForbiddenToACaseworker()
    {
        var tenant = CaseTenants.Next();
        var worker = new CaseApi(fixture.Host, tenant);
        var opened = await worker.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY", subject = new { name = "監査 対象" } });
        var id = (string)opened["id"]!;
        await worker.CaseAsync(id);
        var caseId = Platform.GraphQL.Relay.NodeId.Decode(id).Key.Split('/')[1];

        var admin = new CaseApi(fixture.Host, tenant, Roles.TenantAdmin);
        var entries = await ReadAllAsync(admin);
        var open = Assert.Single(entries, e => (string)e["action"]! == "case.open");
        Assert.Equal(caseId, (string)open["objectId"]!);
        Assert.Equal(worker.Subject, (string)open["subject"]!);
        Assert.Equal(tenant, (string)open["actorTenantCode"]!);
        Assert.Equal("ALLOWED", (string)open["outcome"]!);
        Assert.Contains(entries, e => (string)e["action"]! == "case.read" && (string)e["objectId"]! == caseId);
        Assert.Contains(entries, e => (string)e["action"]! == "audit.read" && (string)e["subject"]! == admin.Subject);
        Assert.DoesNotContain("監査", string.Concat(entries.Select(e => e.ToJsonString())), StringComparison.Ordinal);

        // One chain, without gaps, each entry naming the hash before it.
        for (var i = 1; i < entries.Count; i++)
        {
            Assert.Equal((long)entries[i - 1]["sequence"]! + 1, (long)entries[i]["sequence"]!);
            Assert.Equal((string)entries[i - 1]["hash"]!, (string)entries[i]["previousHash"]!);
        }

        Assert.Equal("FORBIDDEN", ErrorCode(await worker.PostAsync(Log)));
        var supervisor = new CaseApi(fixture.Host, tenant, Roles.Supervisor);
        Assert.NotEmpty((await supervisor.QueryAsync(Log))["auditLog"]!["nodes"]!.AsArray());
        Assert.DoesNotContain((await new CaseApi(fixture.Host, CaseTenants.Next(), Roles.TenantAdmin).QueryAsync(Log))["auditLog"]!["nodes"]!.AsArray(), e => (string)e!["objectId"]! == caseId);
    }

    [Fact]
    public async Task Cases_ReadsEachFileOnlyWhenAFieldBeyondTheIndexIsAsked()
    {
        var tenant = CaseTenants.Next();
        var worker = new CaseApi(fixture.Host, tenant);
        for (var i = 0; i < 3; i++)
        {
            await worker.OpenAsync(new { openedOn = Iso(Today), referralSource = "PERSON" });
        }

        var admin = new CaseApi(fixture.Host, tenant, Roles.TenantAdmin);
        var reads = (await ReadAllAsync(admin)).Count(e => (string)e["action"]! == "case.read");
        await worker.QueryAsync("{ cases { nodes { id caseNumber status openedOn assignedTo } } }");
        Assert.Equal(reads, (await ReadAllAsync(admin)).Count(e => (string)e["action"]! == "case.read"));

        await worker.QueryAsync("{ cases { nodes { caseNumber subject { name } contacts { totalCount } referralSource } } }");
        Assert.Equal(reads + 3, (await ReadAllAsync(admin)).Count(e => (string)e["action"]! == "case.read"));
    }

    [Fact]
    public async Task AuditLog_FiltersTheWholeLog_OnTheServer_ByAction_Party_Outcome_AndDay_AndPagesThroughTheMatches()
    {
        var tenant = CaseTenants.Next();
        var worker = new CaseApi(fixture.Host, tenant);
        var other = new CaseApi(fixture.Host, tenant, subject: "audit-other");
        for (var i = 0; i < 3; i++)
        {
            await worker.OpenAsync(new { openedOn = Iso(Today), referralSource = "PERSON" });
        }

        await other.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY" });
        var admin = new CaseApi(fixture.Host, tenant, Roles.TenantAdmin);
        var all = await ReadAllAsync(admin);

        const string Filtered = """
            query($action: String, $party: String, $outcome: AuditOutcome, $from: Date, $to: Date, $after: String) {
              auditLog(first: 2, after: $after, action: $action, party: $party, outcome: $outcome, from: $from, to: $to) {
                totalCount pageInfo { hasNextPage endCursor } nodes { sequence subject action outcome objectId } } }
            """;
        async Task<(int Total, List<JsonNode> Nodes)> Read(object filter)
        {
            var nodes = new List<JsonNode>();
            var total = 0;
            string? after = null;
            do
            {
                var variables = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(filter))!.AsObject();
                variables["after"] = after;
                var page = (await admin.QueryAsync(Filtered, variables))["auditLog"]!;
                total = (int)page["totalCount"]!;
                nodes.AddRange(page["nodes"]!.AsArray().Select(n => n!));
                after = (bool)page["pageInfo"]!["hasNextPage"]! ? (string)page["pageInfo"]!["endCursor"]! : null;
            }
            while (after is not null);
            return (total, nodes);
        }

        var opensByWorker = await Read(new { action = "case.open", party = worker.Subject });
        Assert.Equal((3, 3), (opensByWorker.Total, opensByWorker.Nodes.Count));
        Assert.All(opensByWorker.Nodes, n => Assert.Equal(("case.open", worker.Subject), ((string)n["action"]!, (string)n["subject"]!)));

        var ofCases = await Read(new { action = "case." });
        Assert.Equal(all.Count(e => ((string)e["action"]!).StartsWith("case.", StringComparison.Ordinal)), ofCases.Total);
        Assert.Equal(ofCases.Total, ofCases.Nodes.Count);

        var today = await Read(new { from = Iso(Today), to = Iso(Today), action = "case.open" });
        Assert.Equal(4, today.Total);
        Assert.Equal(0, (await Read(new { from = Iso(Today.AddDays(1)) })).Total);
        Assert.Equal(0, (await Read(new { outcome = "DENIED", party = worker.Subject })).Total);
    }

    private static async Task<List<JsonNode>> ReadAllAsync(CaseApi reader)
    {
        var entries = new List<JsonNode>();
        string? after = null;
        while (true)
        {
            var page = (await reader.QueryAsync(Log, new { first = 2, after }))["auditLog"]!;
            entries.AddRange(page["nodes"]!.AsArray().Select(n => n!));
            if (!(bool)page["pageInfo"]!["hasNextPage"]!)
            {
                return entries;
            }

            after = (string)page["pageInfo"]!["endCursor"]!;
        }
    }
}
