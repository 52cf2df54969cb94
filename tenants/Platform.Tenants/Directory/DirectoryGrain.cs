using System.Diagnostics;
using Platform.Tenants.ReferenceData;

namespace Platform.Tenants.Directory;

/// <summary>
/// Loads the starting designations: the FY2023 municipal programs as published, and a center for
/// each of the 47 prefectures (all have run one since FY2018). Loading goes through the same
/// grains and roll-ups as any later designation. The grain type stays <c>registry</c>, the name
/// its stored state is filed under. A deployment loaded before the program books existed fills
/// them once from its municipalities.
/// </summary>
[GrainType("registry")]
public sealed class DirectoryGrain(
    [PersistentState("registry", StorageNames.Platform)] IPersistentState<DirectoryState> state,
    TenantDirectory directory,
    PublishedLists published,
    ILogger<DirectoryGrain> logger) : Grain, IDirectoryGrain
{
    /// <summary>Raise when the starting data changes, so existing deployments load the difference.</summary>
    public const int CurrentSeedVersion = 2;

    // Version 1 loaded the programs before the program books existed.
    private const int ProgramBooksVersion = 2;

    /// <inheritdoc />
    public Task<OfficialTables> GetOfficialTables() => Task.FromResult(published.Official);

    /// <inheritdoc />
    public async Task<SeedReport> EnsureSeeded()
    {
        if (state.State.SeedVersion >= CurrentSeedVersion)
        {
            return new SeedReport(true, directory.Prefectures.Length, directory.Municipalities.Length, 0, TimeSpan.Zero);
        }

        var clock = Stopwatch.StartNew();
        var grains = GrainFactory;
        var municipal = published.Programs.Select(p => (Func<Task>)(() => grains
            .Grain<IMunicipalityGrain>(p.MunicipalityCode)
            .SeedProgram(DesignationRules.FromReference(p.FiscalYear, p.Tier, p.PrefecturalStartupSupport))));
        var prefectural = directory.Prefectures.Select(p => (Func<Task>)(() => grains
            .Grain<IPrefectureGrain>(p.Code)
            .SeedProgram(DesignationRules.FromReference(PublishedLists.ProgramListFiscalYear, ProgramTier.RegionalSupportCenter, false))));
        var work = municipal.Concat(prefectural).ToList();
        if (state.State.SeedVersion is > 0 and < ProgramBooksVersion)
        {
            // The programs are loaded; the books are not: every municipality sends what it holds.
            work = directory.Municipalities.Select(m => (Func<Task>)(() => grains.Grain<IMunicipalityGrain>(m.Code).ResendPrograms())).ToList();
        }

        // Bounded fan-out, in the grain's own context: enough to overlap database round trips,
        // not so much that one start floods the connection pool.
        foreach (var batch in work.Chunk(32))
        {
            await Task.WhenAll(batch.Select(seed => seed()));
        }

        state.State.SeedVersion = CurrentSeedVersion;
        state.State.SeededAt = DateTimeOffset.UtcNow;
        await state.WriteStateAsync();
        logger.LogInformation("Loaded {Programs} starting programs in {Elapsed} ms", work.Count, clock.ElapsedMilliseconds);
        return new SeedReport(false, directory.Prefectures.Length, directory.Municipalities.Length, work.Count, clock.Elapsed);
    }
}
