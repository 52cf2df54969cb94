using Platform.Tenants.Programs;
using Platform.Tenants.ReferenceData;

namespace Platform.Tests.Registry;

public sealed class TenantDirectoryTests
{
    private static readonly TenantDirectory Directory = TenantDirectory.Instance;
    private static readonly PublishedLists Published = PublishedLists.Instance;

    [Fact]
    public void Directory_HoldsEveryMunicipalityAndPrefecture()
    {
        Assert.Equal(1741, Directory.Municipalities.Length);
        Assert.Equal(47, Directory.Prefectures.Length);
    }

    [Fact]
    public void Directory_CountsMunicipalitiesByType_AsTheNationalFigures()
    {
        var byType = Directory.Municipalities.GroupBy(m => m.Type).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(772, byType[MunicipalityType.City]);
        Assert.Equal(743, byType[MunicipalityType.Town]);
        Assert.Equal(183, byType[MunicipalityType.Village]);
        Assert.Equal(23, byType[MunicipalityType.SpecialWard]);
        Assert.Equal(20, byType[MunicipalityType.DesignatedCity]);
        Assert.Equal(20, Directory.Municipalities.Count(m => m.IsDesignatedCity));
    }

    [Fact]
    public void EveryLoadedCode_HasAValidCheckDigit()
    {
        Assert.All(Directory.Municipalities, m => Assert.True(LgCode.IsValid(m.Code), m.Code));
        Assert.All(Directory.Prefectures, p => Assert.True(LgCode.IsValid(p.LgCode), p.LgCode));
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
        var byTier = Published.Programs.GroupBy(p => p.Tier).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(52, byTier[ProgramTier.RegionalSupportCenter]);
        Assert.Equal(93, byTier[ProgramTier.SupportStation]);
        Assert.Equal(117, byTier[ProgramTier.SupportProject]);
        Assert.Equal(20, Published.Programs.Count(p => p.Tier == ProgramTier.RegionalSupportCenter && Directory.Municipality(p.MunicipalityCode)!.IsDesignatedCity));
        Assert.Equal(Published.Programs.Length, Published.Programs.Select(p => p.MunicipalityCode).Distinct().Count());
    }

    [Fact]
    public void OfficialTables_AreServedAsPublished()
    {
        var fy2023 = Published.Official.ProgramCounts.Single(s => s.FiscalYear == 2023);
        Assert.Equal((47, 52, 93, 120, 312), (fy2023.PrefectureCenters, fy2023.MunicipalCenters, fy2023.SupportStations, fy2023.SupportProjects, fy2023.Total));
        var requests = Published.Official.RequestStatus.Single(s => s.FiscalYear == 2023);
        Assert.Equal((1741, 1487, 1320, 1005, 1319), (requests.Municipalities, requests.DeskClarified, requests.DeskPublicized, requests.FactFindingSurvey, requests.MunicipalPlatform));
        Assert.NotNull(requests.Note);
    }

    [Fact]
    public void PrefectureOf_FollowsTheMunicipalitysPrefecture_AndTenantsAreMunicipalitiesOrPrefectures()
    {
        Assert.True(Directory.IsPrefectureOf("130001", "132292"));   // Tokyo, Nishitokyo
        Assert.False(Directory.IsPrefectureOf("140007", "132292"));  // Kanagawa, Nishitokyo
        Assert.False(Directory.IsPrefectureOf("132292", "132292"));  // a municipality is no prefecture
        Assert.True(Directory.IsTenant("132292"));
        Assert.True(Directory.IsTenant("130001"));
        Assert.False(Directory.IsTenant("13"));
        Assert.False(Directory.IsTenant("132293"));
    }
}
