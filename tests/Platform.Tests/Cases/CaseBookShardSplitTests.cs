using System.Collections.Immutable;

namespace Platform.Tests.Cases;

/// <summary>
/// A case book stored by the earlier version in eight shards is split once into today's
/// 64, so a change writes a sixty-fourth of a city's index: every
/// case stays listed and every figure a recount, the folded figures of purged cases included, and
/// a split that stopped after writing the new shards but before emptying the former ones counts
/// nothing twice when it runs again.
/// </summary>
public sealed class CaseBookShardSplitTests
{
    private const string Source = "012050", Split = "012068", Interrupted = "012076"; // 室蘭市, 釧路市, 帯広市
    private static readonly CaseStatistics FoldedMay2023 = new(2023, 5, 2, 7, 1,
        ImmutableSortedDictionary<string, int>.Empty.Add("Phone", 3), ImmutableSortedDictionary<string, int>.Empty,
        ImmutableSortedDictionary<string, int>.Empty, ImmutableSortedDictionary<string, int>.Empty, ImmutableSortedDictionary<string, int>.Empty);

    [Fact]
    public async Task EightFormerShards_AreSplitOnce_EveryCaseListedAndEveryFigureARecount_EvenWhenASplitIsRunAgain()
    {
        await using var host = await PlatformHost.StartAsync(connectionString: null);
        var today = JapanDate.Today(TimeProvider.System);
        var worker = Worker(Source);
        for (var i = 0; i < 40; i++)
        {
            var file = host.Grains.GetGrain<ICaseGrain>($"{Source}/{Guid.NewGuid():N}");
            Assert.Empty((await host.As(worker, () => file.Open(new CaseIntake(today.AddDays(-30), ReferralSource.Family, null, null, null, [], null, null), null))).Errors);
            if (i % 3 == 0)
            {
                Assert.Empty((await host.As(worker, () => file.RecordContact(new DateTimeOffset(today.AddDays(-1), new TimeOnly(10, 0), TimeSpan.FromHours(9)), ContactChannel.Phone, ContactParty.Family, 20, null, null))).Errors);
            }
        }

        var entries = (await Shards(host, Source)).SelectMany(s => s.Cases.Values).ToList();
        Assert.Equal(40, entries.Count);
        var expected = await Figures(host, Source, FiscalYear.Of(today), null);

        // As the earlier version stored them: eight shards by the first digit, figures of a purge in one.
        foreach (var tenant in new[] { Split, Interrupted })
        {
            for (var former = 0; former < CaseBookShard.Layout.Former; former++)
            {
                var shard = new CaseBookShard { TenantCode = tenant, Cases = entries.Where(e => CaseBookShard.Layout.FormerOf(e.CaseId) == former).ToDictionary(e => e.CaseId) };
                if (former == 3)
                {
                    shard.Folded[202305] = FoldedMay2023;
                }

                await Write(host, tenant, CaseBookShard.Layout.FormerStateName(former), shard);
            }
        }

        // A split that wrote the new shards and stopped before emptying the former ones.
        foreach (var (shard, index) in (await SplitOf(host)).Select((s, i) => (s, i)))
        {
            shard.TenantCode = Interrupted;
            await Write(host, Interrupted, CaseBookShard.Layout.StateName(index), shard);
        }

        foreach (var tenant in new[] { Split, Interrupted })
        {
            var page = await host.As(Worker(tenant), () => host.Grains.GetGrain<ICaseBookGrain>(tenant).List(null, null, null, 100));
            Assert.Equal(entries.Select(e => e.CaseId).Order(), page.Items.Select(c => c.CaseId).Order());
            Assert.Equal(expected, await Figures(host, tenant, FiscalYear.Of(today), null));
            Assert.Equal(JsonSerializer.Serialize(FoldedMay2023), await Figures(host, tenant, 2023, 5));

            // Stored: the former shards empty, each case in the one shard it falls to, the folded figures once.
            foreach (var former in Enumerable.Range(0, CaseBookShard.Layout.Former))
            {
                Assert.False((await Read(host, tenant, CaseBookShard.Layout.FormerStateName(former))).HasContent);
            }

            var stored = await Shards(host, tenant);
            Assert.All(stored.Select((s, i) => (s, i)), x => Assert.All(x.s.Cases.Keys, id => Assert.Equal(x.i, CaseBookShard.Layout.Of(id))));
            Assert.Equal(40, stored.Sum(s => s.Cases.Count));
            Assert.Equal([3 * CaseBookShard.Layout.Split], stored.Select((s, i) => (s, i)).Where(x => x.s.Folded.Count > 0).Select(x => x.i));
        }
    }

    [Fact]
    public async Task AFormerShardWrittenAfterItsSplit_IsRefused_AndNeitherSideIsOverwritten()
    {
        // A rolling upgrade: a silo of the earlier version wrote former shard 2 again after this
        // version had split it (the earlier version saw it empty, so it holds only its own change).
        await using var host = await PlatformHost.StartAsync(connectionString: null);
        const string tenant = "012084"; // 北見市
        var file = host.Grains.GetGrain<ICaseGrain>($"{Source}/{Guid.NewGuid():N}");
        var today = JapanDate.Today(TimeProvider.System);
        Assert.Empty((await host.As(Worker(Source), () => file.Open(new CaseIntake(today, ReferralSource.Family, null, null, null, [], null, null), null))).Errors);
        var entry = Assert.Single((await Shards(host, Source)).SelectMany(s => s.Cases.Values));
        var split = entry with { CaseId = "20" + Guid.NewGuid().ToString("N")[2..] };
        var later = entry with { CaseId = "21" + Guid.NewGuid().ToString("N")[2..], UpdatedAt = entry.UpdatedAt.AddMinutes(5) };
        await Write(host, tenant, CaseBookShard.Layout.StateName(CaseBookShard.Layout.Of(split.CaseId)), new CaseBookShard { TenantCode = tenant, Cases = { [split.CaseId] = split } });
        await Write(host, tenant, CaseBookShard.Layout.FormerStateName(2), new CaseBookShard { TenantCode = tenant, Cases = { [later.CaseId] = later } });

        await Assert.ThrowsAnyAsync<Exception>(() => host.As(Worker(tenant), () => host.Grains.GetGrain<ICaseBookGrain>(tenant).List(null, null, null, 100)));

        Assert.Equal([later.CaseId], (await Read(host, tenant, CaseBookShard.Layout.FormerStateName(2))).Cases.Keys);
        Assert.Equal([split.CaseId], (await Read(host, tenant, CaseBookShard.Layout.StateName(CaseBookShard.Layout.Of(split.CaseId)))).Cases.Keys);
        Assert.Empty((await Read(host, tenant, CaseBookShard.Layout.StateName(CaseBookShard.Layout.Of(later.CaseId)))).Cases);
    }

    [Fact]
    public void EveryShardTakesItsCasesFromOneFormerShard_AndCaseIdsSpreadOverAllOfThem()
    {
        var ids = Enumerable.Range(0, 5000).Select(_ => Guid.NewGuid().ToString("N")).Append("not-hex").Append("").ToList();
        Assert.All(ids, id => Assert.Equal(CaseBookShard.Layout.FormerOf(id), CaseBookShard.Layout.Of(id) / CaseBookShard.Layout.Split));
        Assert.All(ids, id => Assert.InRange(CaseBookShard.Layout.Of(id), 0, CaseBookShard.Layout.Count - 1));
        Assert.Equal(CaseBookShard.Layout.Count, ids.Select(CaseBookShard.Layout.Of).Distinct().Count());
    }

    private static Caller Worker(string tenant) => new($"split-{tenant}", tenant, [Roles.Caseworker, Roles.Supervisor]);

    // As JSON: the figures' dictionaries compare by content there.
    private static async Task<string> Figures(PlatformHost host, string tenant, int fiscalYear, int? month) =>
        JsonSerializer.Serialize(await host.As(Worker(tenant), () => host.Grains.GetGrain<ICaseBookGrain>(tenant).GetStatistics(fiscalYear, month)));

    // The split of the Split tenant's former shards, as the grain writes it: read back once it ran.
    private static async Task<List<CaseBookShard>> SplitOf(PlatformHost host)
    {
        await Figures(host, Split, 2023, 5);
        return await Shards(host, Split);
    }

    private static async Task<List<CaseBookShard>> Shards(PlatformHost host, string tenant)
    {
        var shards = new List<CaseBookShard>();
        for (var index = 0; index < CaseBookShard.Layout.Count; index++)
        {
            shards.Add(await Read(host, tenant, CaseBookShard.Layout.StateName(index)));
        }

        return shards;
    }

    private static IGrainStorage Storage(PlatformHost host) => host.App.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Platform);

    private static GrainId Book(string tenant) => GrainId.Create(GrainType.Create("casebook"), tenant);

    private static async Task<CaseBookShard> Read(PlatformHost host, string tenant, string name)
    {
        var state = new GrainState<CaseBookShard>();
        await Storage(host).ReadStateAsync(name, Book(tenant), state);
        return state.State ?? new CaseBookShard();
    }

    private static Task Write(PlatformHost host, string tenant, string name, CaseBookShard shard) =>
        Storage(host).WriteStateAsync(name, Book(tenant), new GrainState<CaseBookShard> { State = shard });
}
