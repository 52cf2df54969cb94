using Platform.Tenants.Municipalities;
using Platform.Tenants.Programs;
using Platform.Tenants.ReferenceData;

namespace Platform.Tests.TestCluster;

/// <summary>
/// A program changed through one silo is in its prefecture's program book as read through
/// every silo as soon as the change is acknowledged: designations, redesignations and start-up
/// support, with the municipalities and books spread over the silos at random.
/// </summary>
[Collection(TestClusterCollection.Name)]
public sealed class ProgramBookAcrossSilosTests(PlatformTestCluster cluster)
{
    [Fact]
    public async Task ProgramChangedOnOneSilo_IsInTheBookReadOnEverySilo_AtOnce()
    {
        var directory = TenantDirectory.Instance;
        var year = UniqueFiscalYear.Next();
        var silos = cluster.Cluster.Silos.Count;
        var tiers = new[] { ProgramTier.SupportProject, ProgramTier.SupportStation, ProgramTier.RegionalSupportCenter };
        var municipalities = directory.Municipalities.Where((_, i) => i % 97 == 0).Take(12).ToList();
        for (var n = 0; n < municipalities.Count * 3; n++)
        {
            var m = municipalities[n % municipalities.Count];
            var officer = new Caller("book-across-silos", directory.Prefecture(m.PrefectureCode)!.LgCode, [Roles.PrefecturalOfficer]);
            var writer = cluster.EnterAt(n % silos).GetGrain<IMunicipalityGrain>(m.Code);
            var functions = n % 2 == 0 ? ImmutableArrayOf(SupportFunction.Consultation) : ImmutableArrayOf(SupportFunction.Consultation, SupportFunction.Outreach);
            var result = n / municipalities.Count == 2
                ? await cluster.As(officer, () => writer.RecordStartupSupport(year, true, null))
                : await cluster.As(officer, () => writer.Designate(new ProgramDesignation(year, tiers[n / municipalities.Count], functions, null, null)));
            Assert.True(result.Errors.IsEmpty);

            for (var reader = 0; reader < silos; reader++)
            {
                var book = await cluster.EnterAt(reader).GetGrain<IProgramBookGrain>(ProgramBookKey.Of(m.PrefectureCode, year)).Read();
                Assert.True(book.TryGet(m.Code, out var program), $"{m.Code} is still marked as changing after its change was acknowledged");
                Assert.Equal(result.Program!.Tier, program!.Tier);
                Assert.Equal(result.Program.Functions.ToArray(), program.Functions.ToArray());
                Assert.Equal(result.Program.PrefecturalStartupSupport, program.PrefecturalStartupSupport);
            }
        }
    }

    [Fact]
    public async Task BookMissingAProgram_IsFilledWhenTheMunicipalityResendsItsPrograms()
    {
        // What loading does for a deployment whose programs were stored before the books existed.
        var year = UniqueFiscalYear.Next();
        var m = TenantDirectory.Instance.Municipalities[500];
        var officer = new Caller("book-resend", TenantDirectory.Instance.Prefecture(m.PrefectureCode)!.LgCode, [Roles.PrefecturalOfficer]);
        var municipality = cluster.EnterAt(0).GetGrain<IMunicipalityGrain>(m.Code);
        var designated = await cluster.As(officer, () => municipality.Designate(new ProgramDesignation(year, ProgramTier.SupportStation, ImmutableArrayOf(SupportFunction.Consultation), null, null)));
        var book = cluster.EnterAt(1).GetGrain<IProgramBookGrain>(ProgramBookKey.Of(m.PrefectureCode, year));
        await cluster.As(Platform.Tenants.Access.CallerContext.System, async () => { await book.Set(m.Code, null); return true; });
        Assert.True((await book.Read()).TryGet(m.Code, out var missing) && missing is null);

        await cluster.As(Platform.Tenants.Access.CallerContext.System, async () => { await municipality.ResendPrograms(); return true; });
        Assert.True((await book.Read()).TryGet(m.Code, out var program));
        Assert.Equal(designated.Program!.Tier, program!.Tier);
    }

    private static System.Collections.Immutable.ImmutableArray<SupportFunction> ImmutableArrayOf(params SupportFunction[] functions) => [.. functions];
}
