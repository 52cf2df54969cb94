using Platform.Tenants.Municipalities;
using Platform.Tenants.Nation;
using Platform.Tenants.Prefectures;
using Platform.Tenants.Programs;
using Platform.Tenants.Requests;

namespace Platform.Tests.Programs;

[Collection(PlatformCollection.Name)]
public sealed class RollupRecountTests(PlatformFixture fixture)
{
    [Fact]
    public async Task RollUps_AfterRandomDesignationsAndReports_EqualAFullRecount()
    {
        var grains = fixture.Host.Grains;
        var signer = fixture.Host.App.Services.GetRequiredService<CallerSigner>();
        var directory = TenantDirectory.Instance;
        var year = UniqueFiscalYear.Next();
        var random = new Random(20231);
        var municipalities = directory.Municipalities;
        var tiers = Enum.GetValues<ProgramTier>();

        // Random changes, including re-designations of the same municipality and concurrent calls.
        var changes = Enumerable.Range(0, 400).Select(_ =>
        {
            var m = municipalities[random.Next(200)];
            var prefectureAdmin = new Caller("recount", directory.Prefecture(m.PrefectureCode)!.LgCode, [Roles.PrefecturalOfficer]);
            if (random.Next(3) == 0)
            {
                var clarified = random.Next(2) == 0;
                var status = new MunicipalRequestStatus(year, clarified, clarified && random.Next(2) == 0, random.Next(2) == 0, random.Next(2) == 0);
                return (Func<Task>)(() => As(signer, prefectureAdmin, () => grains.GetGrain<IMunicipalityGrain>(m.Code).ReportRequestStatus(status, null)));
            }

            var tier = tiers[random.Next(tiers.Length)];
            var designation = new ProgramDesignation(year, tier, [SupportFunction.Consultation], null, null);
            return () => As(signer, prefectureAdmin, () => grains.GetGrain<IMunicipalityGrain>(m.Code).Designate(designation));
        }).ToList();
        foreach (var batch in changes.Chunk(20))
        {
            await Task.WhenAll(batch.Select(change => change()));
        }

        await As(signer, new Caller("recount", "130001", [Roles.PrefecturalOfficer]), () => grains.GetGrain<IPrefectureGrain>("13").Designate(
            new ProgramDesignation(year, ProgramTier.RegionalSupportCenter, [.. TierRules.CoreFunctions], null, null)));

        // The recount: every municipality and prefecture asked directly.
        var programs = await Task.WhenAll(municipalities.Select(m => grains.GetGrain<IMunicipalityGrain>(m.Code).GetProgram(year)));
        var statuses = await Task.WhenAll(municipalities.Select(m => grains.GetGrain<IMunicipalityGrain>(m.Code).GetRequestStatus(year)));
        var centers = await Task.WhenAll(directory.Prefectures.Select(p => grains.GetGrain<IPrefectureGrain>(p.Code).GetProgram(year)));

        var expectedPrograms = new ProgramSummary(
            year,
            centers.Count(c => c?.Tier == ProgramTier.RegionalSupportCenter),
            programs.Count(p => p?.Tier == ProgramTier.RegionalSupportCenter),
            programs.Count(p => p?.Tier == ProgramTier.SupportStation),
            programs.Count(p => p?.Tier == ProgramTier.SupportProject));
        Assert.True(expectedPrograms.Total > 50, "the random changes designated programs");
        var nation = grains.GetGrain<INationGrain>(INationGrain.Key);
        Assert.Equal(expectedPrograms, await nation.GetProgramSummary(year));

        var reported = statuses.OfType<MunicipalRequestStatus>().ToList();
        var expectedRequests = new RequestStatusSummary(
            year, 1741, reported.Count(s => s.DeskClarified), reported.Count(s => s.DeskPublicized),
            reported.Count(s => s.FactFindingSurvey), reported.Count(s => s.MunicipalPlatform));
        Assert.Equal(expectedRequests, await nation.GetRequestStatusSummary(year));

        foreach (var prefecture in directory.Prefectures)
        {
            var indexes = municipalities.Select((m, i) => (m, i)).Where(x => x.m.PrefectureCode == prefecture.Code).Select(x => x.i).ToList();
            var summary = await grains.GetGrain<IPrefectureGrain>(prefecture.Code).GetProgramSummary(year);
            Assert.Equal(indexes.Count(i => programs[i] is not null), summary.MunicipalCenters + summary.SupportStations + summary.SupportProjects);
            Assert.Equal(indexes.Count(i => statuses[i]?.DeskClarified == true), (await grains.GetGrain<IPrefectureGrain>(prefecture.Code).GetRequestStatusSummary(year)).DeskClarified);
        }
    }

    // Calls the grain as the given caller, sealed as the API layer would seal it.
    private static async Task As<T>(CallerSigner signer, Caller caller, Func<Task<T>> call)
    {
        CallerContext.Set(signer.Seal(caller));
        try
        {
            await call();
        }
        finally
        {
            CallerContext.Set(null);
        }
    }
}
