using Platform.Tests.Activities;
using Platform.Tests.Satellites;

namespace Platform.Tests.Security;

/// <summary>
/// End to end, beyond case files: canary strings in every free-text field of satellites
/// (extension and closure reasons), withdrawn activities (the reason) and consultations (the
/// question and the advice), which also reach the prefecture's back-up state. Afterwards none is
/// in the database's tables, files or write-ahead log, nor in the logs, while the API still
/// returns them. (Preparation grants and start-up support carry no free text.)
/// </summary>
public sealed class SupportCanaryTests
{
    private const string Prefecture = "060003";

    [Fact]
    public async Task SupportWorkOverGraphQL_LeavesNoFreeTextInTheDatabaseOrTheLogs()
    {
        var postgres = await CanaryServer.Shared;
        var database = await postgres.CreateDatabaseAsync("canary_support");
        var canary = "CANARY" + Guid.NewGuid().ToString("N")[..12];
        var logs = new RecordingLoggerProvider();
        await using (var host = await PlatformHost.StartAsync(database, extraSettings: CanaryServer.Settings, logging: logs))
        {
            var officer = host.Token(Prefecture, Roles.PrefecturalOfficer);
            var today = SatelliteApi.Today();
            var satellite = await SatelliteApi.EstablishedIdAsync(host, officer, "062022", SatelliteApi.Date(today.AddDays(-30)));
            var extended = await SatelliteApi.ChangeAsync(host, officer, "extendSatellite", satellite,
                $"plannedTransitionOn: \"{SatelliteApi.Date(today.AddYears(3))}\", reason: \"山田太郎さんの事情{canary}\"");
            var closed = await SatelliteApi.ChangeAsync(host, officer, "closeSatellite", satellite,
                $"closedOn: \"{SatelliteApi.Date(today)}\", reason: \"閉所{canary}\"");
            Assert.Empty(extended["errors"]!.AsArray());
            Assert.Empty(closed["errors"]!.AsArray());

            var activities = new ActivityApi(host, "062014");
            var recorded = await activities.RecordAsync(new { kind = "AWARENESS_EVENT", heldOn = SatelliteApi.Date(today.AddDays(-3)), participants = 5 });
            var withdrawn = await host.QueryAsync(
                """mutation($id: ID!, $r: String!) { withdrawActivity(input: { activityId: $id, reason: $r }) { errors { code } } }""",
                new { id = (string)recorded["activity"]!["id"]!, r = $"佐藤花子さんの誤登録{canary}" }, activities.Token);
            Assert.Empty(withdrawn["withdrawActivity"]!["errors"]!.AsArray());

            var advice = await ConsultAsync(host, canary);

            var satelliteRead = await host.QueryAsync("query($id: ID!) { node(id: $id) { ... on Satellite { history { reason } } } }", new { id = satellite }, officer);
            Assert.Contains(canary, satelliteRead.ToJsonString(), StringComparison.Ordinal);
            Assert.Contains(canary, advice.ToJsonString(), StringComparison.Ordinal);
            Assert.Empty(await DatabaseScan.FindEverywhereAsync(database, [canary], await CanaryServer.FolderAsync(), host.DataDirectory));
        }

        Assert.True(logs.Count > 0, "the platform logged nothing, so the log check would prove nothing");
        Assert.Superset(new HashSet<LogLevel> { LogLevel.Debug, LogLevel.Trace }, logs.Levels);
        Assert.Empty(logs.Containing(canary));
    }

    // The first day of the previous fiscal year, which is open whatever the day (DATE_IN_CLOSED_YEAR).
    private static string OpenYearStart => $"{FiscalYear.StartOf(FiscalYear.Of(JapanDate.Today(TimeProvider.System)) - 1):yyyy-MM-dd}";

    // A consultation from 062014 to the prefecture, question and advice carrying the canary; returns the case's view of it.
    private static async Task<JsonNode> ConsultAsync(PlatformHost host, string canary)
    {
        var worker = host.Token("062014", Roles.Caseworker);
        var opened = await host.QueryAsync(
            $$"""mutation { openCase(input: { openedOn: "{{OpenYearStart}}", referralSource: FAMILY, subject: { name: "最上 花子" } }) { case { id } errors { code } } }""", token: worker);
        var caseId = (string)opened["openCase"]!["case"]!["id"]!;
        await host.QueryAsync(
            $$"""mutation($c: ID!) { recordConsent(input: { caseId: $c, purpose: PREFECTURAL_CONSULTATION, givenBy: PERSON, givenOn: "{{OpenYearStart}}" }) { errors { code } } }""",
            new { c = caseId }, worker);
        var requested = await host.QueryAsync(
            """mutation($c: ID!, $q: String!) { requestConsultation(input: { caseId: $c, question: $q }) { consultation { id } errors { code } } }""",
            new { c = caseId, q = $"父親との関係{canary}" }, worker);
        var id = (string)requested["requestConsultation"]!["consultation"]!["id"]!;
        var answered = await host.QueryAsync(
            """mutation($id: ID!, $a: String!) { respondToConsultation(input: { consultationId: $id, advice: $a }) { errors { code } } }""",
            new { id, a = $"家族面談を{canary}" }, host.Token(Prefecture, Roles.PrefecturalOfficer));
        Assert.Empty(answered["respondToConsultation"]!["errors"]!.AsArray());
        return await host.QueryAsync("""query($c: ID!) { case(id: $c) { consultations { advice { advice } } } }""", new { c = caseId }, worker);
    }
}
