using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Work;

/// <summary>
/// The work book answers a worker's day and a case's items from its indexes (by worker in due
/// order, by case): the indexes follow every hand-over, move and completion, and are built again
/// the same when the book is read back from storage.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class WorkIndexTests(PlatformFixture fixture)
{
    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task HandedOverMovedAndDoneItems_FollowTheirWorker_AlsoAfterTheBookIsReadAgain()
    {
        var tenant = CaseTenants.Next();
        var first = new WorkApi(new CaseApi(Host, tenant, subject: $"first-{tenant}"));
        var second = new WorkApi(new CaseApi(Host, tenant, subject: $"second-{tenant}"));
        var supervisor = new CaseApi(Host, tenant, role: "Supervisor");
        var opened = await first.Caller.OpenAsync(new { openedOn = Iso(Today.AddDays(-10)), referralSource = "FAMILY" });
        var caseId = (string)opened["id"]!;
        var call = await first.OkAsync("addTask", new { caseId, text = "家族に折り返し電話", dueAt = Iso(Now.AddDays(1)) });
        var plan = await first.OkAsync("addTask", new { caseId, text = "支援計画の見直し", dueAt = Iso(Now.AddDays(3)) });
        var late = await first.OkAsync("addTask", new { caseId, text = "関係機関への連絡", dueAt = Iso(Now.AddDays(-2)) });
        var done = await first.OkAsync("addTask", new { caseId, text = "書類の確認", dueAt = Iso(Now.AddDays(2)) });

        await first.OkAsync("editWorkItem", new { workItemId = Id(call), assignee = second.Caller.Subject });
        await first.OkAsync("editWorkItem", new { workItemId = Id(plan), dueAt = Iso(Now.AddDays(30)) });
        await first.OkAsync("completeTask", new { workItemId = Id(done) });
        await second.OkAsync("editWorkItem", new { workItemId = Id(late), assignee = second.Caller.Subject });

        async Task AssertListsAsync()
        {
            Assert.Empty(await first.MyWorkAsync("WEEK"));
            Assert.Equal([Id(late), Id(call)], Ids(await second.MyWorkAsync("WEEK")));
            Assert.Equal([Id(late)], Ids(await second.MyWorkAsync("OVERDUE")));
            var items = (await first.Caller.QueryAsync("query($id: ID!) { node(id: $id) { ... on Case { workItems { id } } } }", new { id = caseId }))["node"]!["workItems"]!.AsArray();
            Assert.Equal([Id(late), Id(call), Id(done), Id(plan)], Ids(items));
            var caseload = (await supervisor.QueryAsync("{ caseload { worker tasksOverdue } }"))["caseload"]!.AsArray();
            Assert.Equal(1, (int)caseload.Single(w => (string?)w!["worker"] == second.Caller.Subject)!["tasksOverdue"]!);
            Assert.DoesNotContain(caseload, w => (string?)w!["worker"] == first.Caller.Subject && (int)w["tasksOverdue"]! > 0);
        }

        await AssertListsAsync();
        await Host.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        await AssertListsAsync();
    }

    private static string Id(JsonNode item) => (string)item["id"]!;

    private static string[] Ids(JsonArray items) => [.. items.Select(i => (string)i!["id"]!)];
}
