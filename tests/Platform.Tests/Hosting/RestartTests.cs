using System.Collections.Immutable;

namespace Platform.Tests.Hosting;

public sealed class RestartTests
{
    [Fact]
    public async Task Restart_OnTheSameDatabase_KeepsDesignations_AndDoesNotReloadOverThem()
    {
        var postgres = await TestPostgres.Shared;
        var database = await postgres.CreateDatabaseAsync("restart");
        var data = TestPostgres.CreateTemporaryFolder();
        const string Redesignate = """
            mutation { designateProgram(input: { municipalityCode: "012351", fiscalYear: 2023, tier: SUPPORT_STATION,
              functions: [CONSULTATION, PLACE_OF_BELONGING, NETWORK], operator: { kind: DIRECT } }) { errors { code } } }
            """;
        const string Read = """
            { municipality(code: "012351") { program(fiscalYear: 2023) { tier operator { kind } } }
              nation { programSummary(fiscalYear: 2023) { municipalCenters supportStations total } } }
            """;

        await using (var first = await PlatformHost.StartAsync(database, data))
        {
            // 012351 (Ishikari) is a center in the FY2023 list; an officer re-designates it.
            var result = await first.QueryAsync(Redesignate, token: first.Token("012351", "TenantAdmin"));
            Assert.Empty(result["designateProgram"]!["errors"]!.AsArray());
        }

        await using var second = await PlatformHost.StartAsync(database, data);
        var after = await second.QueryAsync(Read);
        Assert.Equal("SUPPORT_STATION", (string)after["municipality"]!["program"]!["tier"]!);
        Assert.Equal("DIRECT", (string)after["municipality"]!["program"]!["operator"]!["kind"]!);
        Assert.Equal(51, (int)after["nation"]!["programSummary"]!["municipalCenters"]!);
        Assert.Equal(94, (int)after["nation"]!["programSummary"]!["supportStations"]!);
        Assert.Equal(309, (int)after["nation"]!["programSummary"]!["total"]!);
    }

    [Fact]
    public async Task InMemoryRun_ServesTheRegistry_WithoutADatabase()
    {
        await using var host = await PlatformHost.StartAsync(connectionString: null);
        var data = await host.QueryAsync("{ nation { programSummary(fiscalYear: 2023) { total } } }");
        Assert.Equal(309, (int)data["nation"]!["programSummary"]!["total"]!);
    }

    [Fact]
    public async Task InMemoryRun_ReadsBackWhatItStored_AFoldedCaseBookShardIncluded()
    {
        // A case book reactivating in a run without a database reads its shards from memory:
        // the figures of closed years are immutable dictionaries that JSON could not read back.
        await using var host = await PlatformHost.StartAsync(connectionString: null);
        var storage = host.App.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Platform);
        var figures = new CaseStatistics(2023, 5, 2, 7, 1,
            ImmutableSortedDictionary<string, int>.Empty.Add("Phone", 3), ImmutableSortedDictionary<string, int>.Empty,
            ImmutableSortedDictionary<string, int>.Empty, ImmutableSortedDictionary<string, int>.Empty, ImmutableSortedDictionary<string, int>.Empty);
        var book = GrainId.Create(GrainType.Create("casebook"), "132292");
        await storage.WriteStateAsync("case-book-3", book, new GrainState<CaseBookShard> { State = new CaseBookShard { TenantCode = "132292", Folded = { [202305] = figures } } });

        var read = new GrainState<CaseBookShard>();
        await storage.ReadStateAsync("case-book-3", book, read);

        Assert.NotNull(read.State);
        Assert.Equal(3, read.State.Folded[202305].ContactsByChannel["Phone"]);
        Assert.Equal(7, read.State.Folded[202305].ActiveCases);
    }
}
