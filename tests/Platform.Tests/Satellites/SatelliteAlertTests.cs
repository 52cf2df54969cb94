using Platform.Tenants.PrefecturalSupport;
using Platform.Tenants.Satellites;

namespace Platform.Tests.Satellites;

/// <summary>
/// Transition alerts with a clock the test moves: raised on their days, once each, again for an
/// extended date, and by the durable reminder after a restart. Each test runs its own platform.
/// </summary>
public sealed class SatelliteAlertTests
{
    private static readonly Caller Officer = new("hokkaido-officer", "010006", [Roles.PrefecturalOfficer]);

    [Fact]
    public async Task Alerts_AreRaisedOnTheirDays_OnceEach_AndAfreshForAnExtendedDate()
    {
        var clock = new ShiftedClock();
        var start = new DateOnly(2031, 4, 1);
        clock.SetToday(start);
        await using var host = await PlatformHost.StartAsync(null, clock: clock);
        var support = host.Grains.GetGrain<IPrefecturalSupportGrain>("01");
        var created = (await host.As(Officer, () => support.EstablishSatellite("012025", start, null, null))).Satellite!;
        var satellite = host.Grains.GetGrain<ISatelliteGrain>(SatelliteRecord.GrainKey("010006", created.Id));
        var planned = new DateOnly(2033, 4, 1);
        Assert.Equal(planned, created.PlannedTransitionOn);

        async Task<List<SatelliteAlert>> CheckOn(DateOnly day)
        {
            clock.SetToday(day);
            await host.As(CallerContext.System, async () => { await satellite.CheckAlerts(); return 0; });
            return [.. (await host.As(Officer, support.GetAlerts)).Reverse()];
        }

        Assert.Empty(await CheckOn(planned.AddDays(-181)));
        Assert.Equal([(SatelliteAlertKind.Due180Days, planned.AddDays(-180))], Kinds(await CheckOn(planned.AddDays(-180))));
        Assert.Single(await CheckOn(planned.AddDays(-91)));
        Assert.Equal((SatelliteAlertKind.Due90Days, planned.AddDays(-90)), Kinds(await CheckOn(planned.AddDays(-90)))[^1]);
        Assert.Equal((SatelliteAlertKind.Due30Days, planned.AddDays(-30)), Kinds(await CheckOn(planned.AddDays(-30)))[^1]);
        Assert.Equal(3, (await CheckOn(planned)).Count);
        Assert.Equal((SatelliteAlertKind.Overdue, planned.AddDays(1)), Kinds(await CheckOn(planned.AddDays(1)))[^1]);
        Assert.Equal(4, (await CheckOn(planned.AddDays(2))).Count);

        var extended = planned.AddDays(365);
        var result = await host.As(Officer, () => satellite.Extend(extended, "後任の相談員の採用待ち", null));
        Assert.Empty(result.Errors);
        Assert.False(result.Satellite!.IsOverdue(planned.AddDays(2)));
        Assert.Equal(4, (await CheckOn(extended.AddDays(-181))).Count);
        var afresh = Assert.Single(await CheckOn(extended.AddDays(-180)), a => a.PlannedTransitionOn == extended);
        Assert.Equal(SatelliteAlertKind.Due180Days, afresh.Kind);
    }

    [Fact]
    public async Task Alerts_SurviveARestart_AndTheDurableReminderRaisesTheNextOneWithoutAnyCall()
    {
        var postgres = await TestPostgres.Shared;
        var database = await postgres.CreateDatabaseAsync("satellite_alerts");
        var data = TestPostgres.CreateTemporaryFolder();
        var settings = new Dictionary<string, string?> { ["Satellites:AlertCheckPeriod"] = "00:00:01" };
        var clock = new ShiftedClock();
        var start = new DateOnly(2032, 6, 1);
        var planned = start.AddDays(100);
        clock.SetToday(start);

        await using (var first = await PlatformHost.StartAsync(database, data, settings, clock: clock))
        {
            var established = await first.As(Officer, () => first.Grains.GetGrain<IPrefecturalSupportGrain>("01").EstablishSatellite("012041", start, planned, null));
            Assert.Empty(established.Errors);
            var raised = await WaitForAsync(first, alerts => alerts.Length >= 1);
            Assert.Equal((SatelliteAlertKind.Due180Days, start), Kinds(raised)[0]);
        }

        clock.SetToday(planned.AddDays(-30));
        await using var second = await PlatformHost.StartAsync(database, data, settings, clock: clock);
        var after = await WaitForAsync(second, alerts => alerts.Any(a => a.Kind == SatelliteAlertKind.Due30Days));

        Assert.Contains((SatelliteAlertKind.Due180Days, start), Kinds(after));
        Assert.Contains((SatelliteAlertKind.Due30Days, planned.AddDays(-30)), Kinds(after));
        Assert.DoesNotContain(after, a => a.Kind == SatelliteAlertKind.Due90Days);
    }

    private static List<(SatelliteAlertKind, DateOnly)> Kinds(IEnumerable<SatelliteAlert> alerts) => [.. alerts.Select(a => (a.Kind, a.RaisedOn))];

    private static async Task<SatelliteAlert[]> WaitForAsync(PlatformHost host, Func<SatelliteAlert[], bool> done)
    {
        var support = host.Grains.GetGrain<IPrefecturalSupportGrain>("01");
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var alerts = (await host.As(Officer, support.GetAlerts)).ToArray();
            if (done(alerts) || DateTime.UtcNow > deadline)
            {
                return alerts;
            }

            await Task.Delay(200);
        }
    }

}
