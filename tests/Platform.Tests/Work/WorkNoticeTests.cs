using Platform.Tenants.Notifications;
using Platform.Tenants.Work;
using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Work;

/// <summary>
/// The due notices with a clock the test moves: raised on their days, once each, and by the
/// durable reminder after a restart without any call. Each test runs its own platform.
/// </summary>
public sealed class WorkNoticeTests
{
    [Fact]
    public async Task DueNotices_AreRaisedOnTheirDays_OnceEach_ForTheAssigneeOnly()
    {
        var clock = new ShiftedClock();
        var start = new DateOnly(2031, 5, 12);
        clock.SetToday(start);
        await using var host = await PlatformHost.StartAsync(null, clock: clock);
        var tenant = CaseTenants.Next();
        var work = new WorkApi(new CaseApi(host, tenant));
        var caseId = (string)(await work.Caller.OpenAsync(new { openedOn = Iso(start), referralSource = "PERSON" }))["id"]!;
        var dueAt = LateOn(start.AddDays(1));
        var task = await work.OkAsync("addTask", new { caseId, text = "家庭訪問の記録", dueAt = Iso(dueAt) });
        var visit = await work.OkAsync("scheduleAppointment", new { caseId, text = "面談", at = Iso(LateOn(start.AddDays(3))), channel = "DESK_VISIT", with = "PERSON" });
        var taskId = Platform.GraphQL.Relay.NodeId.Decode((string)task["id"]!).Key;
        var visitId = Platform.GraphQL.Relay.NodeId.Decode((string)visit["id"]!).Key;
        var book = host.Grains.GetGrain<IWorkBookGrain>(tenant);
        var feed = host.Grains.GetGrain<INotificationBookGrain>(tenant);
        var worker = new Caller(work.Caller.Subject, tenant, [Roles.Caseworker]);
        var colleague = new Caller("colleague", tenant, [Roles.Caseworker]);

        async Task<List<(NoticeKind, string)>> CheckOn(DateOnly day, TimeSpan? at = null)
        {
            clock.SetToday(day);
            await host.As(CallerContext.System, async () => { await book.CheckDue(); return 0; });
            return [.. (await host.As(worker, () => feed.List(null, 100))).Reverse().Select(v => (v.Notice.Kind, v.Notice.ObjectId))];
        }

        Assert.Empty(await CheckOn(start));
        Assert.Equal([(NoticeKind.TaskDue, taskId)], await CheckOn(start.AddDays(1)));
        Assert.Single(await CheckOn(start.AddDays(1)));
        Assert.Equal([(NoticeKind.TaskDue, taskId), (NoticeKind.TaskOverdue, taskId)], await CheckOn(start.AddDays(2)));
        Assert.Equal(2, (await CheckOn(start.AddDays(2))).Count);
        Assert.Equal((NoticeKind.AppointmentToday, visitId), (await CheckOn(start.AddDays(3)))[^1]);
        Assert.Equal(3, (await CheckOn(start.AddDays(4))).Count);
        Assert.Empty(await host.As(colleague, () => feed.List(null, 100)));

        // Notices name ids, never the text of the task.
        var notices = await host.As(worker, () => feed.List(null, 100));
        Assert.DoesNotContain(notices, v => v.ToString().Contains("家庭訪問", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DueNotices_SurviveARestart_TheDurableReminderRaisesThemWithoutAnyCall_AndTheBookIsEncrypted()
    {
        var postgres = await TestPostgres.Shared;
        var database = await postgres.CreateDatabaseAsync("work_notices");
        var data = TestPostgres.CreateTemporaryFolder();
        var settings = new Dictionary<string, string?> { ["Work:NoticeCheckPeriod"] = "00:00:01" };
        var clock = new ShiftedClock();
        var start = new DateOnly(2032, 7, 5);
        clock.SetToday(start);
        var tenant = CaseTenants.Next();
        var since = DateTime.UtcNow;
        var canary = "CANARY" + Guid.NewGuid().ToString("N")[..12];
        string subject;

        await using (var first = await PlatformHost.StartAsync(database, data, settings, clock: clock))
        {
            var work = new WorkApi(new CaseApi(first, tenant));
            subject = work.Caller.Subject;
            var caseId = (string)(await work.Caller.OpenAsync(new { openedOn = Iso(start), referralSource = "PERSON" }))["id"]!;
            await work.OkAsync("addTask", new { caseId, text = $"関係機関に連絡{canary}", dueAt = Iso(LateOn(start.AddDays(1))) });
            await work.OkAsync("scheduleAppointment", new { caseId, text = $"面談{canary}", at = Iso(LateOn(start.AddDays(9))), channel = "HOME_VISIT", with = "FAMILY", place = $"住所{canary}" });
            Assert.Contains(canary, (await work.MyWorkAsync("WEEK")).ToJsonString());
        }

        // The work book names people and places: it is stored encrypted, like the case file.
        Assert.Empty(await Security.DatabaseScan.FindAsync(database, [canary], since));

        clock.SetToday(start.AddDays(2));
        await using var second = await PlatformHost.StartAsync(database, data, settings, clock: clock);
        var feed = second.Grains.GetGrain<INotificationBookGrain>(tenant);
        var worker = new Caller(subject, tenant, [Roles.Caseworker]);
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var kinds = new List<NoticeKind>();
        while (kinds.Count < 1 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(200);
            kinds = [.. (await second.As(worker, () => feed.List(null, 100))).Select(v => v.Notice.Kind)];
        }

        // The task was due yesterday: today's check raises it as overdue (and no "due today").
        Assert.Equal([NoticeKind.TaskOverdue], kinds);
    }

    // Late in the day, after any time a test runs at (ShiftedClock keeps the time of day, and
    // stays clear of the half hour before midnight): due today, and not yet overdue.
    private static DateTimeOffset LateOn(DateOnly day) => new(day.ToDateTime(new TimeOnly(23, 50)), TimeSpan.FromHours(9));
}
