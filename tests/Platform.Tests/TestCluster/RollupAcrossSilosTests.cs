using Platform.Tenants.Municipalities;
using Platform.Tenants.Nation;
using Platform.Tenants.Prefectures;
using Platform.Tenants.Programs;

namespace Platform.Tests.TestCluster;

/// <summary>
/// Roll-ups while the cluster changes shape: random designations entering at every silo, one
/// silo stopped and another added midway; the prefectures' and the nation's totals then equal a
/// recount of every municipality.
/// </summary>
[Collection(TestClusterCollection.Name)]
public sealed class RollupAcrossSilosTests(PlatformTestCluster cluster)
{
    [Fact]
    public async Task RandomDesignations_WhileASiloStopsAndAnotherJoins_RollUpToARecount()
    {
        var directory = TenantDirectory.Instance;
        var municipalities = directory.Municipalities;
        var year = UniqueFiscalYear.Next();
        var random = new Random(31013);
        var tiers = new[] { ProgramTier.RegionalSupportCenter, ProgramTier.SupportStation, ProgramTier.SupportProject };
        var changes = Enumerable.Range(0, 240).Select(n =>
        {
            var m = municipalities[random.Next(200)];
            var officer = new Caller("cluster-recount", directory.Prefecture(m.PrefectureCode)!.LgCode, [Roles.PrefecturalOfficer]);
            var designation = new ProgramDesignation(year, tiers[random.Next(tiers.Length)], [SupportFunction.Consultation], null, null);
            return (Number: n, Code: m.Code, Officer: officer, Designation: designation);
        }).ToList();

        var silos = cluster.Cluster.Silos.ToList();
        var stopped = -1;
        async Task Apply((int Number, string Code, Caller Officer, ProgramDesignation Designation) change)
        {
            for (var attempt = 0; ; attempt++)
            {
                var up = Enumerable.Range(0, silos.Count).Where(i => i != Volatile.Read(ref stopped)).ToArray();
                try
                {
                    var result = await cluster.As(change.Officer, () => ((IGrainFactory)silos[up[(change.Number + attempt) % up.Length]].ServiceProvider.GetService(typeof(IGrainFactory))!)
                        .GetGrain<IMunicipalityGrain>(change.Code).Designate(change.Designation));
                    Assert.True(result.Errors.IsEmpty);
                    return;
                }
                catch (Exception) when (attempt < 20)
                {
                    // A silo going away may fail a call in flight; the designation is sent again.
                    await Task.Delay(200);
                }
            }
        }

        try
        {
            var batches = changes.Chunk(40).ToList();
            for (var b = 0; b < batches.Count; b++)
            {
                var running = Task.WhenAll(batches[b].Select(c => Task.Run(() => Apply(c))));
                if (b == 2)
                {
                    Volatile.Write(ref stopped, 1);
                    await cluster.Cluster.StopSiloAsync(silos[1]);
                }
                else if (b == 4)
                {
                    silos.Add(await cluster.Cluster.StartAdditionalSiloAsync());
                }

                await running;
            }
        }
        finally
        {
            await cluster.RestoreAsync();
        }

        // The recount: every municipality asked directly. Roll-ups that failed while a silo was
        // leaving are sent again from a timer, so the totals may take a few seconds to agree.
        var grains = cluster.Cluster.Client;
        var programs = await Task.WhenAll(municipalities.Select(m => grains.GetGrain<IMunicipalityGrain>(m.Code).GetProgram(year)));
        var designated = municipalities.Select((m, i) => (m.PrefectureCode, Tier: programs[i]?.Tier)).Where(p => p.Tier is not null).ToList();
        Assert.True(designated.Count > 100, "the random changes designated programs");
        var expectedNation = new ProgramSummary(
            year, 0,
            designated.Count(p => p.Tier == ProgramTier.RegionalSupportCenter),
            designated.Count(p => p.Tier == ProgramTier.SupportStation),
            designated.Count(p => p.Tier == ProgramTier.SupportProject));

        ProgramSummary? nation = null;
        var prefectures = designated.Select(p => p.PrefectureCode).Distinct().ToList();
        for (var deadline = DateTime.UtcNow.AddSeconds(30); ; await Task.Delay(500))
        {
            nation = await grains.GetGrain<INationGrain>(INationGrain.Key).GetProgramSummary(year);
            var mismatched = new List<string>();
            foreach (var code in prefectures)
            {
                var summary = await grains.GetGrain<IPrefectureGrain>(code).GetProgramSummary(year);
                var ours = designated.Where(p => p.PrefectureCode == code).ToList();
                if ((summary.MunicipalCenters, summary.SupportStations, summary.SupportProjects) !=
                    (ours.Count(p => p.Tier == ProgramTier.RegionalSupportCenter), ours.Count(p => p.Tier == ProgramTier.SupportStation), ours.Count(p => p.Tier == ProgramTier.SupportProject)))
                {
                    mismatched.Add(code);
                }
            }

            if (mismatched.Count == 0 && nation == expectedNation)
            {
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"After 30 s the roll-ups still differ from the recount: prefectures [{string.Join(", ", mismatched)}], nation {nation} (recount {expectedNation}).");
        }
    }
}
