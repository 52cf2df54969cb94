using static Platform.Tests.Satellites.SatelliteApi;

namespace Platform.Tests.Satellites;

/// <summary>A prefecture officer's oversight: due and overdue satellites, alerts, municipalities without a program (Iwate, prefecture 03).</summary>
[Collection(PlatformCollection.Name)]
public sealed class SatelliteOversightTests(PlatformFixture fixture)
{
    private const string Iwate = "030007";

    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task Satellites_FilteredByDueWithinDaysAndOverdue_ShowTheRightOnes_AndEstablishingRaisesTheAlertsDue()
    {
        var officer = Host.Token(Iwate, Roles.PrefecturalOfficer);
        var today = Today();
        var established = Date(today.AddDays(-30));
        var overdue = await EstablishedIdAsync(Host, officer, "032018", established, Date(today.AddDays(-10)));
        var soon = await EstablishedIdAsync(Host, officer, "032026", established, Date(today.AddDays(100)));
        var later = await EstablishedIdAsync(Host, officer, "032034", established, Date(today.AddDays(400)));

        Assert.Equal([overdue, soon], await IdsAsync(officer, "dueWithinDays: 120"));
        Assert.Equal([overdue], await IdsAsync(officer, "dueWithinDays: 50"));
        Assert.Equal([overdue], await IdsAsync(officer, "overdue: true"));
        Assert.Equal([soon, later], await IdsAsync(officer, "overdue: false"));
        Assert.Equal([overdue, soon, later], await IdsAsync(officer, "status: OPERATING"));

        var node = await Host.QueryAsync("""query($id: ID!) { node(id: $id) { ... on Satellite { isOverdue daysUntilTransition } } }""", new { id = overdue }, officer);
        Assert.True((bool)node["node"]!["isOverdue"]!);
        Assert.Equal(-10, (int)node["node"]!["daysUntilTransition"]!);

        // The alerts due at establishment reach the prefecture's list just after the call.
        var alerts = await WaitForAlertsAsync(officer, 2);
        Assert.Contains(alerts, a => a.Satellite == overdue && a.Kind == "OVERDUE" && a.RaisedOn == Date(today));
        Assert.Contains(alerts, a => a.Satellite == soon && a.Kind == "DUE_180_DAYS");
        Assert.DoesNotContain(alerts, a => a.Satellite == later);
    }

    [Fact]
    public async Task MunicipalitiesWithoutProgram_AreThePrefecturesMunicipalitiesThatRunNone()
    {
        var data = await Host.QueryAsync("""
            { prefecture(code: "03") { municipalities(first: 100) { totalCount }
                municipalitiesWithoutProgram(fiscalYear: 2023, first: 100) { totalCount nodes { code } } }
              municipalities(prefectureCode: "03", fiscalYear: 2023, first: 100) { totalCount nodes { code } } }
            """);

        var all = (int)data["prefecture"]!["municipalities"]!["totalCount"]!;
        var running = data["municipalities"]!["nodes"]!.AsArray().Select(n => (string)n!["code"]!).ToHashSet();
        var without = data["prefecture"]!["municipalitiesWithoutProgram"]!["nodes"]!.AsArray().Select(n => (string)n!["code"]!).ToList();
        Assert.NotEmpty(running);
        Assert.Equal(all - running.Count, without.Count);
        Assert.DoesNotContain(without, running.Contains);
    }

    private async Task<List<string>> IdsAsync(string token, string filter)
    {
        var data = await Host.QueryAsync($$"""{ prefecture(code: "03") { satellites({{filter}}) { nodes { id } } } }""", token: token);
        return [.. data["prefecture"]!["satellites"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!)];
    }

    private async Task<List<(string Satellite, string Kind, string RaisedOn)>> WaitForAlertsAsync(string token, int atLeast)
    {
        for (var attempt = 0; ; attempt++)
        {
            var data = await Host.QueryAsync("""{ prefecture(code: "03") { satelliteAlerts { nodes { satelliteId kind raisedOn } } } }""", token: token);
            var alerts = data["prefecture"]!["satelliteAlerts"]!["nodes"]!.AsArray()
                .Select(a => ((string)a!["satelliteId"]!, (string)a["kind"]!, (string)a["raisedOn"]!)).ToList();
            if (alerts.Count >= atLeast || attempt == 50)
            {
                return alerts;
            }

            await Task.Delay(100);
        }
    }
}
