using Platform.Tenants.Work;
using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Work;

/// <summary>Tasks and appointments over HTTP: the worker's day, validation, idempotency, isolation, audit.</summary>
[Collection(PlatformCollection.Name)]
public sealed class WorkDayTests(PlatformFixture fixture)
{
    private PlatformHost Host => fixture.Host;

    private async Task<(WorkApi Work, string CaseId)> CaseOpenedDaysAgoAsync(int days = 10, string? tenant = null, string? subject = null)
    {
        var worker = new CaseApi(Host, tenant ?? CaseTenants.Next(), subject: subject);
        var opened = await worker.OpenAsync(new { openedOn = Iso(Today.AddDays(-days)), referralSource = "FAMILY" });
        return (new WorkApi(worker), (string)opened["id"]!);
    }

    [Fact]
    public async Task MyWork_ListsTheWorkersOwnItems_ByToday_Overdue_AndWeek()
    {
        var (work, caseId) = await CaseOpenedDaysAgoAsync();
        var now = Now;
        var overdue = await work.OkAsync("addTask", new { caseId, text = "家族に折り返し電話", dueAt = Iso(now.AddDays(-2)) });
        var later = await work.OkAsync("addTask", new { caseId, text = "支援計画の見直し", dueAt = Iso(now.AddDays(3)) });
        var far = await work.OkAsync("addTask", new { caseId, text = "年度末の報告", dueAt = Iso(now.AddDays(30)) });
        var visit = await work.OkAsync("scheduleAppointment", new { caseId, text = "初回訪問", at = Iso(now.AddDays(2)), channel = "HOME_VISIT", with = "BOTH", place = "自宅" });
        var someoneElse = await work.OkAsync("addTask", new { caseId, text = "別の担当者へ", dueAt = Iso(now.AddDays(1)), assignee = "another-worker" });

        Assert.Equal("TASK", (string)overdue["kind"]!);
        Assert.Equal("OPEN", (string)overdue["status"]!);
        Assert.Equal(work.Caller.Subject, (string)overdue["assignee"]!);
        Assert.Equal(caseId, (string)overdue["caseId"]!);
        Assert.Equal("APPOINTMENT", (string)visit["kind"]!);
        Assert.Equal("自宅", (string)visit["place"]!);
        Assert.Equal("another-worker", (string)someoneElse["assignee"]!);

        Assert.Equal([Id(overdue)], Ids(await work.MyWorkAsync("OVERDUE")));
        Assert.Equal([Id(overdue), Id(visit), Id(later)], Ids(await work.MyWorkAsync("WEEK")));
        Assert.DoesNotContain(Id(far), Ids(await work.MyWorkAsync("WEEK")));
        Assert.Empty(await work.MyWorkAsync("TODAY"));

        // Done, and moved to today: the lists follow.
        var done = await work.OkAsync("completeTask", new { workItemId = Id(overdue), note = "連絡済み" });
        Assert.Equal("DONE", (string)done["status"]!);
        Assert.Equal("連絡済み", (string)done["note"]!);
        // Late today: due today, and (unless the test runs in the day's last minute) not yet overdue.
        await work.OkAsync("editWorkItem", new { workItemId = Id(far), dueAt = Iso(new DateTimeOffset(Today.ToDateTime(new TimeOnly(23, 59)), TimeSpan.FromHours(9))) });
        Assert.Equal([Id(far)], Ids(await work.MyWorkAsync("TODAY")));
        Assert.Empty(await work.MyWorkAsync("OVERDUE"));
        var cancelled = await work.OkAsync("cancelWorkItem", new { workItemId = Id(visit), note = "本人の体調不良" });
        Assert.Equal("CANCELLED", (string)cancelled["status"]!);
        Assert.DoesNotContain(Id(visit), Ids(await work.MyWorkAsync("WEEK")));
    }

    [Fact]
    public async Task HoldAppointment_RecordsTheContactThroughTheCase_AndOnlyOnceOnARetry()
    {
        var (work, caseId) = await CaseOpenedDaysAgoAsync();
        var at = Now.AddMinutes(-30);
        var visit = await work.OkAsync("scheduleAppointment", new { caseId, text = "同行訪問", at = Iso(at), channel = "HOME_VISIT", with = "PERSON" });
        Assert.Equal("APPOINTMENT_NOT_YET", await work.RefusedAsync("holdAppointment",
            new { workItemId = Id(await work.OkAsync("scheduleAppointment", new { caseId, text = "来週", at = Iso(Now.AddDays(7)), channel = "PHONE", with = "FAMILY" })) }));

        var held = await work.OkAsync("holdAppointment", new { clientMutationId = "held-1", workItemId = Id(visit), minutes = 45, notes = "本人と話せた" });
        var again = await work.OkAsync("holdAppointment", new { clientMutationId = "held-1", workItemId = Id(visit), minutes = 45, notes = "本人と話せた" });
        Assert.Equal("HELD", (string)held["status"]!);
        Assert.Equal(held.ToJsonString(), again.ToJsonString());

        var file = (await work.Caller.CaseAsync(caseId))!;
        var contact = Assert.Single(file["contacts"]!["nodes"]!.AsArray())!;
        Assert.Equal((string)held["contactId"]!, (string)contact["id"]!);
        Assert.Equal("HOME_VISIT", (string)contact["channel"]!);
        Assert.Equal("PERSON", (string)contact["with"]!);
        Assert.Equal(45, (int)contact["minutes"]!);
        Assert.Equal(at, DateTimeOffset.Parse((string)contact["at"]!, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("ITEM_NOT_OPEN", await work.RefusedAsync("holdAppointment", new { workItemId = Id(visit) }));
        Assert.Equal("WRONG_KIND", await work.RefusedAsync("completeTask", new { workItemId = Id(await work.OkAsync("scheduleAppointment", new { caseId, text = "電話", at = Iso(Now), channel = "PHONE", with = "FAMILY" })) }));
    }

    [Fact]
    public async Task BadInput_IsRefusedWithStableCodes_AndNothingIsWritten()
    {
        var (work, caseId) = await CaseOpenedDaysAgoAsync(days: 3);
        var now = Now;
        Assert.Equal("DUE_BEFORE_CASE_OPENED", await work.RefusedAsync("addTask", new { caseId, text = "前日", dueAt = Iso(now.AddDays(-5)) }));
        Assert.Equal("TEXT_REQUIRED", await work.RefusedAsync("addTask", new { caseId, text = "  ", dueAt = Iso(now.AddDays(1)) }));
        Assert.Equal("INVALID_ASSIGNEE", await work.RefusedAsync("addTask", new { caseId, text = "確認", dueAt = Iso(now.AddDays(1)), assignee = "田中 さん; drop" }));
        Assert.Equal("TOO_LONG", await work.RefusedAsync("addTask", new { caseId, text = new string('あ', WorkRules.MaxText + 1), dueAt = Iso(now.AddDays(1)) }));
        Assert.Equal("DATE_OUT_OF_RANGE", await work.RefusedAsync("scheduleAppointment", new { caseId, text = "遠い", at = Iso(now.AddYears(6)), channel = "PHONE", with = "FAMILY" }));
        Assert.Empty(await work.MyWorkAsync("WEEK"));

        var task = await work.OkAsync("addTask", new { caseId, text = "確認", dueAt = Iso(now.AddDays(1)) });
        Assert.Equal("NOTE_REQUIRED", await work.RefusedAsync("cancelWorkItem", new { workItemId = Id(task), note = " " }));
        Assert.Equal("TEXT_REQUIRED", await work.RefusedAsync("editWorkItem", new { workItemId = Id(task), text = "" }));
        Assert.Equal("DUE_BEFORE_CASE_OPENED", await work.RefusedAsync("editWorkItem", new { workItemId = Id(task), dueAt = Iso(now.AddDays(-10)) }));

        // A closed case: no new items, and its open items cannot change.
        await work.Caller.ChangeAsync("closeCase", new { caseId, closedOn = Iso(Today), reason = "GOAL_REACHED" });
        Assert.Equal("CASE_NOT_OPEN", await work.RefusedAsync("addTask", new { caseId, text = "確認", dueAt = Iso(now.AddDays(1)) }));
        Assert.Equal("CASE_NOT_OPEN", await work.RefusedAsync("editWorkItem", new { workItemId = Id(task), text = "変更" }));
        Assert.Equal("CASE_NOT_OPEN", await work.RefusedAsync("completeTask", new { workItemId = Id(task) }));
        var still = Assert.Single(await work.MyWorkAsync("WEEK"))!;
        Assert.Equal("確認", (string)still["text"]!);
        Assert.Equal("OPEN", (string)still["status"]!);
    }

    [Fact]
    public async Task AddTask_WithTheSameClientMutationId_AppliesOnce_AndIsAudited()
    {
        var (work, caseId) = await CaseOpenedDaysAgoAsync();
        var input = new { clientMutationId = "task-1", caseId, text = "書類の準備", dueAt = Iso(Now.AddDays(1)) };
        var first = await work.MutateAsync("addTask", input);
        var second = await work.MutateAsync("addTask", input);
        Assert.Equal(first.ToJsonString(), second.ToJsonString());
        Assert.Equal("task-1", (string)first["clientMutationId"]!);
        Assert.Single(await work.MyWorkAsync("WEEK"));

        var admin = new CaseApi(Host, work.Caller.Tenant, Roles.TenantAdmin);
        var log = await admin.QueryAsync("{ auditLog(first: 100) { nodes { action objectType objectId subject } } }");
        var itemId = Platform.GraphQL.Relay.NodeId.Decode(Id(first["workItem"]!)).Key[7..];
        var entry = Assert.Single(log["auditLog"]!["nodes"]!.AsArray(), e => (string)e!["action"]! == "work.task-add")!;
        Assert.Equal(("WorkItem", itemId, work.Caller.Subject), ((string)entry["objectType"]!, (string)entry["objectId"]!, (string)entry["subject"]!));
        Assert.DoesNotContain("書類", log.ToJsonString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnotherTenant_CannotReachTheItems_OrTheCase_OrTheWorkBookGrain()
    {
        var (work, caseId) = await CaseOpenedDaysAgoAsync();
        var task = await work.OkAsync("addTask", new { caseId, text = "他の自治体には見せない", dueAt = Iso(Now.AddDays(1)) });
        var intruder = new WorkApi(new CaseApi(Host, CaseTenants.Next(), subject: work.Caller.Subject));

        Assert.Equal("FORBIDDEN", ErrorCode(await intruder.MutateRawAsync("completeTask", new { workItemId = Id(task) })));
        Assert.Equal("FORBIDDEN", ErrorCode(await intruder.MutateRawAsync("addTask", new { caseId, text = "侵入", dueAt = Iso(Now.AddDays(1)) })));
        Assert.Empty(await intruder.MyWorkAsync("WEEK"));

        // Straight to the grain, past the API: the silo's call filter refuses it.
        var book = Host.Grains.GetGrain<IWorkBookGrain>(work.Caller.Tenant);
        var stranger = new Caller(work.Caller.Subject, intruder.Caller.Tenant, [Roles.Caseworker]);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Host.As(stranger, () => book.Mine(WorkDue.Week)));
        Assert.Equal("OPEN", (string)Assert.Single(await work.MyWorkAsync("WEEK"))!["status"]!);
    }

    private static string Id(System.Text.Json.Nodes.JsonNode item) => (string)item["id"]!;

    private static List<string> Ids(System.Text.Json.Nodes.JsonArray items) => [.. items.Select(i => (string)i!["id"]!)];
}
