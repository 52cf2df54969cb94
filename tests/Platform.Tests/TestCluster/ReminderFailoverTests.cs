using Platform.Tenants.PrefecturalSupport;
using Platform.Tenants.Satellites;

namespace Platform.Tests.TestCluster;

/// <summary>
/// Durable reminders when their silo dies: a satellite's alert reminder and a case book's
/// retention reminder, both held by (and both grains active on) silos that are then killed,
/// fire on the surviving silo from the reminder table, once per period, and their work is
/// done once: one alert, one purge.
/// </summary>
[Collection(TestClusterCollection.Name)]
public sealed class ReminderFailoverTests(PlatformTestCluster cluster)
{
    private static readonly Caller Officer = new("cluster-officer", "010006", [Roles.PrefecturalOfficer]);

    [Fact]
    public async Task AlertAndRetentionReminders_FireOnceOnTheSurvivor_AfterTheirSilosAreKilled()
    {
        var start = new DateOnly(2034, 4, 1);
        var planned = start.AddDays(200);
        cluster.Clock.SetToday(start);
        var support = cluster.EnterAt(1).GetGrain<IPrefecturalSupportGrain>("01");
        var hokkaido = TenantDirectory.Instance.Municipalities.Where(m => m.PrefectureCode == "01").Select(m => m.Code).ToList();

        // Both grains and both reminders away from silo 0, the one that will survive.
        ISatelliteGrain? satellite = null;
        var tried = new List<string>();
        for (var i = 0; satellite is null; i++)
        {
            Assert.True(i < 20, $"no satellite was placed away from silo 0 (silo/reminder owner: {string.Join(", ", tried)})");
            var created = (await cluster.As(Officer, () => support.EstablishSatellite(hokkaido[10 + i], start, planned, null))).Satellite!;
            var candidate = cluster.EnterAt(1).GetGrain<ISatelliteGrain>(SatelliteRecord.GrainKey("010006", created.Id));
            tried.Add($"{cluster.SiloOf(candidate)}/{ReminderOwner(candidate)}");
            satellite = ReminderOwner(candidate) != 0 && cluster.SiloOf(candidate) is 1 or 2 ? candidate : null;
        }

        string tenant;
        ICaseBookGrain book;
        ICaseGrain expired;
        for (var i = 0; ; i++)
        {
            Assert.True(i < 20, "no case book was placed away from silo 0");
            tenant = CaseTenants.Next();
            var owner = ReminderOwner(cluster.EnterAt(0).GetGrain<ICaseBookGrain>(tenant));
            if (owner == 0)
            {
                continue;
            }

            var admin = new Caller("cluster-admin", tenant, [Roles.TenantAdmin]);
            expired = cluster.EnterAt(owner).GetGrain<ICaseGrain>($"{tenant}/{Guid.NewGuid():N}");
            var subject = new CaseSubject("期限 切れ", "きげん きれ", 1980, null, Gender.Female, "札幌市1-1", null, null);
            await cluster.As(admin, () => expired.Open(new CaseIntake(start.AddDays(-400), ReferralSource.Family, subject, null, null, [], null, "保存期間を過ぎるメモ"), null));
            await cluster.As(admin, () => expired.Close(start.AddDays(-200), ClosureReason.Work, null));
            book = cluster.EnterAt(owner).GetGrain<ICaseBookGrain>(tenant);
            Assert.Equal(1, (await cluster.As(admin, () => book.SetRetention(1, null))).Years);
            if (cluster.SiloOf(book) is 1 or 2)
            {
                break;
            }
        }

        // Both reminders tick where they are; nothing is due yet.
        await WaitFor(() => Task.FromResult(Ticks(satellite, SatelliteGrain.AlertReminder, DateTime.MinValue).Count > 0 && Ticks(book, CaseBookGrain.RetentionReminder, DateTime.MinValue).Count > 0), "the reminders ticked before the kill");
        Assert.Empty(await Alerts(satellite));
        Assert.False((await Read(expired, tenant))!.Purged);

        var survivor = cluster.Cluster.Silos[0].SiloAddress;
        DateTime killed;
        try
        {
            var doomed = cluster.Cluster.Silos.Skip(1).ToList();
            await Task.WhenAll(doomed.Select(s => cluster.Cluster.KillSiloAsync(s)));
            killed = DateTime.UtcNow;
            cluster.Clock.SetToday(planned.AddDays(-30));

            await WaitFor(async () => (await Alerts(satellite)).Length > 0 && (await Read(expired, tenant))!.Purged, "the alert was raised and the case purged on the survivor");
            var settled = DateTime.UtcNow;
            await Task.Delay(PlatformTestCluster.ReminderPeriod * 3);
            var watched = DateTime.UtcNow - killed;

            var alert = Assert.Single(await Alerts(satellite));
            Assert.Equal((SatelliteAlertKind.Due30Days, planned.AddDays(-30)), (alert.Kind, alert.RaisedOn));
            var purges = (await cluster.Audit.ReadAsync(tenant, null, 500, CancellationToken.None)).Entries
                .Count(e => e.Record.Action == "case.purge" && e.Record.ObjectId.Contains(expired.GetPrimaryKeyString().Split('/')[1]));
            Assert.Equal(1, purges);
            Assert.Null((await Read(expired, tenant))!.Subject);

            foreach (var ticks in new[] { Ticks(satellite, SatelliteGrain.AlertReminder, killed), Ticks(book, CaseBookGrain.RetentionReminder, killed) })
            {
                Assert.NotEmpty(ticks);
                Assert.All(ticks, t => Assert.Equal(survivor, t.Silo));

                // While the ring takes in each dead silo the survivor may deliver a missed tick early
                // (two silos die, so at most two catch-ups); never more than that over the whole time.
                Assert.True(ticks.Count <= watched / PlatformTestCluster.ReminderPeriod + 3, $"{ticks.Count} ticks in {watched.TotalSeconds:F1} s");

                // Once the cluster has settled: once per period, no tick delivered twice, by two silos or by a replay.
                var steady = ticks.Where(t => t.At >= settled).ToList();
                var gaps = steady.Zip(steady.Skip(1), (a, b) => b.At - a.At).ToList();
                Assert.All(gaps, g => Assert.True(g > PlatformTestCluster.ReminderPeriod / 2, $"two ticks {g.TotalMilliseconds} ms apart"));
            }
        }
        finally
        {
            cluster.Clock.SetToday(JapanDate.Today(TimeProvider.System));
            await cluster.RestoreAsync();
        }
    }

    // The silo whose reminder service holds the grain's reminders: the ring's owner of its hash
    // (Orleans keeps its ring provider internal, so it is reached by name).
    private int ReminderOwner(IAddressable grain)
    {
        var type = typeof(Orleans.Runtime.SiloAddress).Assembly.GetType("Orleans.Runtime.ConsistentRing.IConsistentRingProvider")
            ?? Type.GetType("Orleans.Runtime.ConsistentRing.IConsistentRingProvider, Orleans.Runtime", throwOnError: true)!;
        var ring = cluster.Cluster.Silos[0].ServiceProvider.GetRequiredService(type);
        var owner = type.GetMethod("GetPrimaryTargetSilo")!.Invoke(ring, [grain.GetGrainId().GetUniformHashCode()]);
        return cluster.Cluster.Silos.ToList().FindIndex(s => s.SiloAddress.Equals(owner));
    }

    private IReadOnlyList<ReminderTicks.Tick> Ticks(IAddressable grain, string reminder, DateTime since) =>
        cluster.Ticks.Of(grain.GetGrainId(), reminder, since);

    private async Task<SatelliteAlert[]> Alerts(ISatelliteGrain satellite)
    {
        var id = satellite.GetPrimaryKeyString().Split('/')[1];
        var all = await cluster.As(Officer, () => cluster.EnterAt(0).GetGrain<IPrefecturalSupportGrain>("01").GetAlerts());
        return [.. all.Where(a => a.SatelliteId == id)];
    }

    private Task<CaseFile?> Read(ICaseGrain grain, string tenant) =>
        cluster.As(new Caller("cluster-admin", tenant, [Roles.TenantAdmin]), () => cluster.EnterAt(0).GetGrain<ICaseGrain>(grain.GetPrimaryKeyString()).Get());

    private static async Task WaitFor(Func<Task<bool>> done, string what)
    {
        for (var deadline = DateTime.UtcNow.AddSeconds(60); !await done(); await Task.Delay(250))
        {
            Assert.True(DateTime.UtcNow < deadline, $"After 60 s, not yet: {what}.");
        }
    }
}
