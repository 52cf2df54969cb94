using Platform.Tests.Work;
using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Security;

/// <summary>
/// The free-text fields the other canary tests leave out: a case's e-mail and household notes,
/// referrals, consents, every case edit and its reason, reassignment, tasks and appointments
/// (text, place, notes), planned activities (title, cancellation reason), and a transfer that
/// moves all of it to another tenant. Afterwards the canary is in no row, no file of the
/// database server (tables, the whole WAL, the server log with every statement and parameter),
/// no file of the platform's data folder, and no log line at any level.
/// </summary>
public sealed class MutationCanaryTests
{
    private const string Tenant = "462012";

    [Fact]
    public async Task EveryFreeTextField_LeavesNoTraceInTheDatabaseServerOrTheLogs()
    {
        var postgres = await CanaryServer.Shared;
        var database = await postgres.CreateDatabaseAsync("canary_mutations");
        var canary = "CANARY" + Guid.NewGuid().ToString("N")[..12];
        var logs = new RecordingLoggerProvider();
        await using (var host = await PlatformHost.StartAsync(database, extraSettings: CanaryServer.Settings, logging: logs))
        {
            var worker = new CaseApi(host, Tenant);
            var supervisor = new CaseApi(host, Tenant, Roles.Supervisor);
            var id = (string)(await worker.OpenAsync(new
            {
                openedOn = Iso(Today.AddDays(-10)),
                referralSource = "FAMILY",
                subject = new { name = $"名{canary}", email = $"m{canary}@example.jp" },
                household = new { members = new[] { new { relationship = $"続柄{canary}", name = $"父{canary}", notes = $"父の様子{canary}" } } },
            }))["id"]!;

            await worker.ChangeAsync("referCase", new { caseId = id, destination = "HOSPITAL", agencyName = $"病院{canary}", referredOn = Iso(Today), notes = $"紹介{canary}" });
            await worker.ChangeAsync("recordConsent", new { caseId = id, purpose = "INFORMATION_SHARING", agencyName = $"機関{canary}", givenBy = "PERSON", givenOn = Iso(Today) });
            await worker.ChangeAsync("updateCaseSubject", new
            {
                caseId = id,
                subject = new { name = $"新名{canary}", kana = $"かな{canary}", address = $"住所{canary}", phone = $"080{canary}", email = $"n{canary}@example.jp" },
                reason = $"転居{canary}",
            });
            await worker.ChangeAsync("updateCaseHousehold", new
            {
                caseId = id,
                household = new { is8050 = true, members = new[] { new { relationship = "母", name = $"母{canary}", notes = $"母の介護{canary}" } } },
                reason = $"同居{canary}",
            });
            await worker.ChangeAsync("updateCaseConcerns", new { caseId = id, concerns = new[] { "MENTAL_HEALTH" }, reason = $"受診{canary}" });
            await worker.ChangeAsync("updateCaseNotes", new { caseId = id, notes = $"所見{canary}", reason = $"追記{canary}" });

            await WorkAsync(new WorkApi(worker), id, canary);
            await PlanAndCancelAsync(host, canary);

            await supervisor.ChangeAsync("reassignCase", new { caseId = id, assignee = "another-worker", reason = $"担当替え{canary}" });
            var read = await supervisor.QueryAsync("query($id: ID!) { case(id: $id) { subject { name email } notes } }", new { id });
            Assert.Contains(canary, read.ToJsonString(), StringComparison.Ordinal);
            await supervisor.ChangeAsync("recordConsent", new { caseId = id, purpose = "TRANSFER", givenBy = "PERSON", givenOn = Iso(Today) });
            await supervisor.ChangeAsync("transferCase", new { caseId = id, targetTenantCode = CaseTenants.Next() });

            Assert.Empty(await DatabaseScan.FindEverywhereAsync(database, [canary], await CanaryServer.FolderAsync(), host.DataDirectory));
        }

        Assert.Superset(new HashSet<LogLevel> { LogLevel.Debug, LogLevel.Trace }, logs.Levels);
        Assert.Empty(logs.Containing(canary));
    }

    // A task edited and completed, an appointment held, another cancelled: text, place, notes.
    private static async Task WorkAsync(WorkApi work, string caseId, string canary)
    {
        var task = (string)(await work.OkAsync("addTask", new { caseId, text = $"連絡{canary}", dueAt = Iso(Now.AddDays(1)) }))["id"]!;
        await work.OkAsync("editWorkItem", new { workItemId = task, text = $"再連絡{canary}" });
        await work.OkAsync("completeTask", new { workItemId = task, note = $"済み{canary}" });
        var held = (string)(await work.OkAsync("scheduleAppointment",
            new { caseId, text = $"訪問{canary}", at = Iso(Now.AddMinutes(-30)), channel = "HOME_VISIT", with = "PERSON", place = $"自宅{canary}" }))["id"]!;
        await work.OkAsync("editWorkItem", new { workItemId = held, place = $"公園{canary}" });
        await work.OkAsync("holdAppointment", new { workItemId = held, minutes = 30, notes = $"面談記録{canary}" });
        var cancelled = (string)(await work.OkAsync("scheduleAppointment",
            new { caseId, text = $"来週{canary}", at = Iso(Now.AddDays(7)), channel = "PHONE", with = "FAMILY" }))["id"]!;
        await work.OkAsync("cancelWorkItem", new { workItemId = cancelled, note = $"体調不良{canary}" });
    }

    private static async Task PlanAndCancelAsync(PlatformHost host, string canary)
    {
        var admin = host.Token(Tenant, Roles.TenantAdmin);
        var planned = await host.QueryAsync(
            """mutation($i: PlanActivityInput!) { planActivity(input: $i) { plannedActivity { id } errors { code } } }""",
            new { i = new { kind = "AWARENESS_EVENT", plannedOn = Iso(Today.AddDays(14)), title = $"講演会{canary}" } }, admin);
        Assert.Empty(planned["planActivity"]!["errors"]!.AsArray());
        var cancelled = await host.QueryAsync(
            """mutation($i: CancelPlannedActivityInput!) { cancelPlannedActivity(input: $i) { errors { code } } }""",
            new { i = new { plannedActivityId = (string)planned["planActivity"]!["plannedActivity"]!["id"]!, reason = $"講師の都合{canary}" } }, admin);
        Assert.Empty(cancelled["cancelPlannedActivity"]!["errors"]!.AsArray());
    }
}
