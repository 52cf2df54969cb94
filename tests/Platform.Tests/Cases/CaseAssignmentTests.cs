using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Cases;

/// <summary>Reassigning a case: who may, what is refused, the index, the history and the notice.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseAssignmentTests(PlatformFixture fixture)
{
    private const string History = "query($id: ID!) { case(id: $id) { assignedTo history { at by action fields reason previousAssignee } } }";

    private const string Feed = "{ notifications(first: 50) { nodes { kind objectType objectId } } }";

    [Fact]
    public async Task ReassignCase_ByTheWorkerInCharge_MovesTheIndex_KeepsTheHistory_AndNotifiesTheNewWorkerOnce()
    {
        var tenant = CaseTenants.Next();
        var from = new CaseApi(fixture.Host, tenant, subject: "worker-from");
        var to = new CaseApi(fixture.Host, tenant, subject: "worker-to");
        var id = (string)(await from.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY" }))["id"]!;

        var input = new { clientMutationId = "handover-1", caseId = id, assignee = " worker-to ", reason = "産休のため" };
        var first = await from.ChangeAsync("reassignCase", input);
        var again = await from.MutateAsync("reassignCase", input);
        Assert.Equal("worker-to", (string)first["assignedTo"]!);
        Assert.Equal(first.ToJsonString(), again["case"]!.ToJsonString());
        Assert.Empty(again["errors"]!.AsArray());

        // The case book's index answers the list with the new worker.
        var listed = (await from.QueryAsync("{ cases { nodes { id assignedTo } } }"))["cases"]!["nodes"]![0]!;
        Assert.Equal((id, "worker-to"), ((string)listed["id"]!, (string)listed["assignedTo"]!));

        var history = (await to.QueryAsync(History, new { id }))["case"]!["history"]!.AsArray();
        var entry = Assert.Single(history)!;
        Assert.Equal(("worker-from", "reassign", "産休のため", "worker-from"), ((string)entry["by"]!, (string)entry["action"]!, (string)entry["reason"]!, (string)entry["previousAssignee"]!));
        Assert.Equal("assignedTo", (string)entry["fields"]![0]!);

        var notices = (await to.QueryAsync(Feed))["notifications"]!["nodes"]!.AsArray();
        var notice = Assert.Single(notices, n => (string)n!["kind"]! == "CASE_REASSIGNED")!;
        Assert.Equal(("Case", id), ((string)notice["objectType"]!, (string)notice["objectId"]!));
        Assert.DoesNotContain((await from.QueryAsync(Feed))["notifications"]!["nodes"]!.AsArray(), n => (string)n!["kind"]! == "CASE_REASSIGNED");

        // The history is personal data of this tenant: read through the audited read.
        var audit = (await new CaseApi(fixture.Host, tenant, Roles.TenantAdmin).QueryAsync("{ auditLog(first: 100) { nodes { action subject } } }"))["auditLog"]!["nodes"]!.AsArray();
        Assert.Single(audit, e => (string)e!["action"]! == "case.reassign" && (string)e["subject"]! == "worker-from");
        Assert.Contains(audit, e => (string)e!["action"]! == "case.history-read" && (string)e["subject"]! == "worker-to");
    }

    [Fact]
    public async Task ReassignCase_ByAnotherWorker_ToNobody_OrOfATransferredCase_IsRefused_AndChangesNothing()
    {
        var tenant = CaseTenants.Next();
        var owner = new CaseApi(fixture.Host, tenant, subject: "owner");
        var other = new CaseApi(fixture.Host, tenant, subject: "bystander");
        var supervisor = new CaseApi(fixture.Host, tenant, Roles.Supervisor);
        var id = (string)(await owner.OpenAsync(new { openedOn = Iso(Today), referralSource = "PERSON" }))["id"]!;

        Assert.Equal("REASSIGN_NOT_ALLOWED", (string)(await other.RefusedAsync("reassignCase", new { caseId = id, assignee = "bystander" }))["code"]!);
        Assert.Equal("ASSIGNEE_REQUIRED", (string)(await supervisor.RefusedAsync("reassignCase", new { caseId = id, assignee = "   " }))["code"]!);
        Assert.Equal("ASSIGNEE_REQUIRED", (string)(await owner.RefusedAsync("reassignCase", new { caseId = id, assignee = "" }))["code"]!);
        Assert.Equal("ALREADY_ASSIGNED", (string)(await owner.RefusedAsync("reassignCase", new { caseId = id, assignee = "owner" }))["code"]!);
        Assert.Equal(TextRules.InvalidCharacters, (string)(await owner.RefusedAsync("reassignCase", new { caseId = id, assignee = "evil\u202Eowner" }))["code"]!);
        var unchanged = (await owner.QueryAsync(History, new { id }))["case"]!;
        Assert.Equal("owner", (string)unchanged["assignedTo"]!);
        Assert.Empty(unchanged["history"]!.AsArray());

        // A supervisor may hand any case over.
        Assert.Equal("bystander", (string)(await supervisor.ChangeAsync("reassignCase", new { caseId = id, assignee = "bystander" }))["assignedTo"]!);

        await supervisor.ChangeAsync("recordConsent", new { caseId = id, purpose = "TRANSFER", givenBy = "PERSON", givenOn = Iso(Today) });
        await supervisor.ChangeAsync("transferCase", new { caseId = id, targetTenantCode = CaseTenants.Next() });
        Assert.Equal("CASE_NOT_OPEN", (string)(await supervisor.RefusedAsync("reassignCase", new { caseId = id, assignee = "owner" }))["code"]!);
        var stub = (await supervisor.QueryAsync(History, new { id }))["case"]!;
        Assert.Empty(stub["history"]!.AsArray());
        Assert.Null(stub["assignedTo"]);
    }
}
