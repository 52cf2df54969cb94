using Platform.Tenants.Nation;
using Platform.Tenants.Prefectures;

namespace Platform.Tests.CaseCounters;

/// <summary>
/// Counters are kept by replacing each case's contribution, never by adding to a total: after
/// random case work and a restart, the tenant's, prefecture's and nation's counters equal a
/// recount made from the case files themselves.
/// </summary>
public sealed class CaseCountersRecountTests
{
    private const string Tenant = "012033";       // Otaru, Hokkaido
    private const string Prefecture = "01";

    [Fact]
    public async Task Counters_AfterRandomCaseWorkAndARestart_EqualARecountOfTheFiles()
    {
        var postgres = await TestPostgres.Shared;
        var database = await postgres.CreateDatabaseAsync("counters");
        var data = TestPostgres.CreateTemporaryFolder();
        var ids = new List<string>();
        var random = new Random(8050);
        var today = JapanDate.Today(TimeProvider.System);
        var fiscalYear = FiscalYear.Of(today);

        await using (var host = await PlatformHost.StartAsync(database, data))
        {
            var worker = new Caller("counter-test", Tenant, [Roles.Supervisor]);
            for (var i = 0; i < 30; i++)
            {
                var id = Guid.NewGuid().ToString("N");
                ids.Add(id);
                await WorkOnCaseAsync(host, worker, id, random, today, fiscalYear);
            }

            await AssertEqualsRecount(host, ids, fiscalYear);
        }

        await using (var restarted = await PlatformHost.StartAsync(database, data))
        {
            await AssertEqualsRecount(restarted, ids, fiscalYear);
        }
    }

    [Fact]
    public async Task Counters_AfterConcurrentCaseWorkInOneTenantAndARestart_EqualARecountOfTheFiles()
    {
        // Many cases of one tenant changing at once: their book entries are stored together and
        // roll-ups go out while entries keep arriving; none may be lost or counted twice.
        var postgres = await TestPostgres.Shared;
        var database = await postgres.CreateDatabaseAsync("counters");
        var data = TestPostgres.CreateTemporaryFolder();
        var today = JapanDate.Today(TimeProvider.System);
        var fiscalYear = FiscalYear.Of(today);
        var ids = Enumerable.Range(0, 48).Select(_ => Guid.NewGuid().ToString("N")).ToList();

        await using (var host = await PlatformHost.StartAsync(database, data))
        {
            var worker = new Caller("counter-test", Tenant, [Roles.Supervisor]);
            await Task.WhenAll(ids.Select((id, i) => Task.Run(() => WorkOnCaseAsync(host, worker, id, new Random(8050 + i), today, fiscalYear))));
            await AssertEqualsRecount(host, ids, fiscalYear);
        }

        await using (var restarted = await PlatformHost.StartAsync(database, data))
        {
            await AssertEqualsRecount(restarted, ids, fiscalYear);
        }
    }

    // Opens a case some day this fiscal year, then records contacts, maybe a referral, maybe a
    // closing and a reopening.
    private static async Task WorkOnCaseAsync(PlatformHost host, Caller worker, string id, Random random, DateOnly today, int fiscalYear)
    {
        var grain = host.Grains.GetGrain<ICaseGrain>($"{Tenant}/{id}");
        var opened = FiscalYear.StartOf(fiscalYear).AddDays(random.Next(Math.Max(1, today.DayNumber - FiscalYear.StartOf(fiscalYear).DayNumber)));
        var intake = new CaseIntake(opened, (ReferralSource)random.Next(5),
            new CaseSubject(null, null, null, (AgeBand)random.Next(8), (Gender)random.Next(4), null, null, null),
            new Household(random.Next(3) == 0, []), null, [], null, null);
        await As(host, worker, () => grain.Open(intake, null));
        for (var c = random.Next(4); c > 0; c--)
        {
            var at = new DateTimeOffset(opened.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(9)).AddDays(random.Next(Math.Max(1, today.DayNumber - opened.DayNumber)));
            await As(host, worker, () => grain.RecordContact(at, (ContactChannel)random.Next(7), ContactParty.Family, 30, null, null));
        }

        if (random.Next(3) == 0)
        {
            await As(host, worker, () => grain.Refer((ReferralDestination)random.Next(9), null, today, null, null));
        }

        if (random.Next(3) == 0)
        {
            await As(host, worker, () => grain.Close(today, ClosureReason.PlaceOfBelongingFound, null));
            if (random.Next(2) == 0)
            {
                await As(host, worker, () => grain.Reopen(today, null));
            }
        }
    }

    private static async Task AssertEqualsRecount(PlatformHost host, List<string> ids, int fiscalYear)
    {
        var supervisor = new Caller("counter-test", Tenant, [Roles.Supervisor]);
        var files = new List<CaseFile>();
        foreach (var id in ids)
        {
            files.Add((await As(host, supervisor, () => host.Grains.GetGrain<ICaseGrain>($"{Tenant}/{id}").Get()))!);
        }

        var (from, to) = (FiscalYear.StartOf(fiscalYear), FiscalYear.EndOf(fiscalYear));
        var expectedNew = files.Count(f => f.OpenedOn >= from && f.OpenedOn <= to);
        var expectedContacts = files.SelectMany(f => f.Contacts).GroupBy(c => c.Channel.ToString()).ToDictionary(g => g.Key, g => g.Count());
        var expectedReferrals = files.SelectMany(f => f.Referrals).GroupBy(r => r.Destination.ToString()).ToDictionary(g => g.Key, g => g.Count());
        var expectedClosed = files.Count(f => f.Status == CaseStatus.Closed);
        var expected8050 = files.Count(f => f.Household?.Is8050 == true);

        var tenantStats = await As(host, supervisor, () => host.Grains.GetGrain<ICaseBookGrain>(Tenant).GetStatistics(fiscalYear, null));
        Assert.Equal(expectedNew, tenantStats.NewCases);
        Assert.Equal(expected8050, tenantStats.Households8050);
        Assert.Equal(expectedContacts, tenantStats.ContactsByChannel.ToDictionary());
        Assert.Equal(expectedReferrals, tenantStats.ReferralsByDestination.ToDictionary());
        Assert.Equal(expectedClosed, tenantStats.ClosuresByReason.Values.Sum());

        // The roll-up is coalesced (about a second) and the last changes may still be on their
        // way: wait for the prefecture and the nation to catch up with every figure.
        var analyst = new Caller("counter-test", "nation", [Roles.NationalAnalyst]);
        var officer = new Caller("counter-test", "010006", [Roles.PrefecturalOfficer]);
        CaseStatistics? national = null;
        CaseStatistics? prefectural = null;
        bool CaughtUp(CaseStatistics area) =>
            area.NewCases == expectedNew
            && area.ContactsByChannel.Values.Sum() == expectedContacts.Values.Sum()
            && area.ReferralsByDestination.Values.Sum() == expectedReferrals.Values.Sum()
            && area.ActiveCases == tenantStats.ActiveCases;
        for (var attempt = 0; attempt < 50; attempt++)
        {
            national = await As(host, analyst, () => host.Grains.GetGrain<INationGrain>(INationGrain.Key).GetCaseStatistics(fiscalYear, null));
            prefectural = await As(host, officer, () => host.Grains.GetGrain<IPrefectureGrain>(Prefecture).GetCaseStatistics(fiscalYear, null));
            if (CaughtUp(national) && CaughtUp(prefectural))
            {
                break;
            }

            await Task.Delay(200);
        }

        foreach (var area in new[] { national!, prefectural! })
        {
            Assert.Equal(expectedNew, area.NewCases);
            Assert.Equal(tenantStats.ActiveCases, area.ActiveCases);
            Assert.Equal(expectedContacts, area.ContactsByChannel.ToDictionary());
            Assert.Equal(expectedReferrals, area.ReferralsByDestination.ToDictionary());
            Assert.Equal(tenantStats.NewCasesByAgeBand.ToDictionary(), area.NewCasesByAgeBand.ToDictionary());
        }
    }

    private static async Task<T> As<T>(PlatformHost host, Caller caller, Func<Task<T>> call)
    {
        CallerContext.Set(host.App.Services.GetRequiredService<CallerSigner>().Seal(caller));
        try
        {
            return await call();
        }
        finally
        {
            CallerContext.Set(null);
        }
    }
}
