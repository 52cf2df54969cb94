using Platform.Tenants.Directory;
using Platform.Tenants.Programs;
using Platform.Tenants.ReferenceData;

namespace Platform.Tests.Registry;

public sealed class ReferenceCatalogTests
{
    private static readonly ReferenceCatalog Reference = ReferenceCatalog.Instance;

    [Fact]
    public void Catalog_HoldsEveryMunicipalityAndPrefecture()
    {
        Assert.Equal(1741, Reference.Catalog.Municipalities.Length);
        Assert.Equal(47, Reference.Catalog.Prefectures.Length);
    }

    [Fact]
    public void Catalog_CountsMunicipalitiesByType_AsTheNationalFigures()
    {
        var byType = Reference.Catalog.Municipalities.GroupBy(m => m.Type).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(772, byType[MunicipalityType.City]);
        Assert.Equal(743, byType[MunicipalityType.Town]);
        Assert.Equal(183, byType[MunicipalityType.Village]);
        Assert.Equal(23, byType[MunicipalityType.SpecialWard]);
        Assert.Equal(20, byType[MunicipalityType.DesignatedCity]);
        Assert.Equal(20, Reference.Catalog.Municipalities.Count(m => m.IsDesignatedCity));
    }

    [Fact]
    public void EveryLoadedCode_HasAValidCheckDigit()
    {
        Assert.All(Reference.Catalog.Municipalities, m => Assert.True(LgCode.IsValid(m.Code), m.Code));
        Assert.All(Reference.Catalog.Prefectures, p => Assert.True(LgCode.IsValid(p.LgCode), p.LgCode));
    }

    [Theory]
    [InlineData("132292", true)]   // Nishitokyo City
    [InlineData("130001", true)]   // Tokyo
    [InlineData("141003", true)]   // Yokohama
    [InlineData("132293", false)]  // wrong check digit
    [InlineData("13229", false)]
    [InlineData("13229x", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void LgCode_IsValid_ChecksLengthDigitsAndCheckDigit(string? code, bool valid) =>
        Assert.Equal(valid, LgCode.IsValid(code));

    [Fact]
    public void ProgramList_HasThePublishedFy2023Municipalities()
    {
        var byTier = Reference.Programs.GroupBy(p => p.Tier).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(52, byTier[ProgramTier.RegionalSupportCenter]);
        Assert.Equal(93, byTier[ProgramTier.SupportStation]);
        Assert.Equal(117, byTier[ProgramTier.SupportProject]);
        Assert.Equal(20, Reference.Programs.Count(p => p.Tier == ProgramTier.RegionalSupportCenter && Reference.Index.Municipality(p.MunicipalityCode)!.IsDesignatedCity));
        Assert.Equal(Reference.Programs.Length, Reference.Programs.Select(p => p.MunicipalityCode).Distinct().Count());
    }

    [Fact]
    public void OfficialTables_AreServedAsPublished()
    {
        var fy2023 = Reference.Catalog.OfficialProgramCounts.Single(s => s.FiscalYear == 2023);
        Assert.Equal((47, 52, 93, 120, 312), (fy2023.PrefectureCenters, fy2023.MunicipalCenters, fy2023.SupportStations, fy2023.SupportProjects, fy2023.Total));
        var requests = Reference.Catalog.OfficialRequestStatus.Single(s => s.FiscalYear == 2023);
        Assert.Equal((1741, 1487, 1320, 1005, 1319), (requests.Municipalities, requests.DeskClarified, requests.DeskPublicized, requests.FactFindingSurvey, requests.MunicipalPlatform));
        Assert.NotNull(requests.Note);
    }
}
