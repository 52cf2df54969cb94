namespace Platform.Tests.Security;

/// <summary>
/// End to end: a case opened and worked over GraphQL with canary strings in every personal
/// field; afterwards none of them is in the database's tables, files or write-ahead log, nor in
/// anything the platform logged at any level, while the API still returns them to the caseworker.
/// </summary>
public sealed class CaseCanaryTests
{
    // The start of the previous fiscal year, which is open whatever the day (DATE_IN_CLOSED_YEAR).
    private static readonly DateOnly OpenYear = FiscalYear.StartOf(FiscalYear.Of(JapanDate.Today(TimeProvider.System)) - 1);

    [Fact]
    public async Task CaseWorkedOverGraphQL_LeavesNoPersonalDataInTheDatabaseOrTheLogs()
    {
        var postgres = await CanaryServer.Shared;
        var database = await postgres.CreateDatabaseAsync("canary");
        var canary = "CANARY" + Guid.NewGuid().ToString("N")[..12];
        var logs = new RecordingLoggerProvider();
        await using (var host = await PlatformHost.StartAsync(database, extraSettings: CanaryServer.Settings, logging: logs))
        {
            var token = host.Token("462012", "Caseworker");
            var opened = await host.QueryAsync("""
                mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } errors { code } } }
                """, new
            {
                input = new
                {
                    openedOn = $"{OpenYear:yyyy}-06-01",
                    referralSource = "FAMILY",
                    subject = new { name = $"名前{canary}", kana = $"かな{canary}", address = $"住所{canary}", phone = $"090{canary}" },
                    household = new { is8050 = true, members = new[] { new { relationship = "母", name = $"母{canary}" } } },
                    notes = $"メモ{canary}",
                },
            }, token);
            var id = (string)opened["openCase"]!["case"]!["id"]!;
            await host.QueryAsync("""
                mutation($input: RecordContactInput!) { recordContact(input: $input) { errors { code } } }
                """, new { input = new { caseId = id, at = $"{OpenYear:yyyy}-06-02T10:00:00+09:00", channel = "PHONE", with = "FAMILY", minutes = 20, notes = $"電話{canary}" } }, token);

            var read = await host.QueryAsync("query($id: ID!) { case(id: $id) { subject { name } contacts { nodes { notes } } } }", new { id }, token);
            Assert.Contains(canary, read.ToJsonString());
            Assert.Empty(await DatabaseScan.FindEverywhereAsync(database, [canary], await CanaryServer.FolderAsync(), host.DataDirectory));
        }

        Assert.True(logs.Count > 0, "the platform logged nothing, so the log check would prove nothing");
        Assert.Superset(new HashSet<LogLevel> { LogLevel.Debug, LogLevel.Trace }, logs.Levels);
        Assert.Empty(logs.Containing(canary));
    }
}
