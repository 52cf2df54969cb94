using Platform.Tenants.Programs;

namespace Platform.Tests.Programs;

public sealed class TierRulesTests
{
    private static readonly SupportFunction[] All5 =
    [
        SupportFunction.Consultation, SupportFunction.PlaceOfBelonging, SupportFunction.Network,
        SupportFunction.PeerAndFamilyGroups, SupportFunction.PublicAwareness,
    ];

    [Fact]
    public void RegionalSupportCenter_RequiresAllFiveFunctions() =>
        Assert.Equal(All5, TierRules.RequiredFunctions(ProgramTier.RegionalSupportCenter).ToArray());

    [Fact]
    public void SupportStation_RequiresConsultationPlaceOfBelongingAndNetwork() =>
        Assert.Equal([SupportFunction.Consultation, SupportFunction.PlaceOfBelonging, SupportFunction.Network], TierRules.RequiredFunctions(ProgramTier.SupportStation).ToArray());

    [Fact]
    public void SupportProject_RequiresNothing() =>
        Assert.Empty(TierRules.RequiredFunctions(ProgramTier.SupportProject));

    [Fact]
    public void Center_WithoutPublicAwareness_MissesIt_AndDoesNotMeetItsTier()
    {
        var program = Designated(ProgramTier.RegionalSupportCenter, All5[..4]);
        Assert.Equal([SupportFunction.PublicAwareness], program.MissingFunctions.ToArray());
        Assert.False(program.MeetsTierRequirements);
    }

    [Fact]
    public void Station_WithCoreAndOutreach_MeetsItsTier()
    {
        var program = Designated(ProgramTier.SupportStation, [SupportFunction.Outreach, SupportFunction.Network, SupportFunction.Consultation, SupportFunction.PlaceOfBelonging]);
        Assert.Empty(program.MissingFunctions);
        Assert.True(program.MeetsTierRequirements);
        Assert.Equal([SupportFunction.Consultation, SupportFunction.PlaceOfBelonging, SupportFunction.Network, SupportFunction.Outreach], program.Functions.ToArray());
    }

    [Fact]
    public void LoadedSupportProject_HasUnknownFunctions_NotNone()
    {
        var program = DesignationRules.FromReference(2023, ProgramTier.SupportProject, false);
        Assert.False(program.FunctionsKnown);
        Assert.Empty(program.Functions);
        Assert.True(program.MeetsTierRequirements);
    }

    [Fact]
    public void LoadedStation_DeliversItsTiersFunctions()
    {
        var program = DesignationRules.FromReference(2023, ProgramTier.SupportStation, true);
        Assert.True(program.FunctionsKnown);
        Assert.True(program.MeetsTierRequirements);
        Assert.True(program.PrefecturalStartupSupport);
    }

    [Theory]
    [InlineData(1999, "FISCAL_YEAR_OUT_OF_RANGE")]
    [InlineData(2101, "FISCAL_YEAR_OUT_OF_RANGE")]
    public void Validate_RefusesFiscalYearsOutOfRange(int year, string code) =>
        Assert.Contains(DesignationRules.Validate(new(year, ProgramTier.SupportProject, [SupportFunction.Consultation], null, null), false), e => e.Code == code);

    [Fact]
    public void Validate_RefusesEmptyAndDuplicateFunctions()
    {
        Assert.Contains(DesignationRules.Validate(new(2024, ProgramTier.SupportProject, [], null, null), false), e => e.Code == "FUNCTIONS_REQUIRED");
        Assert.Contains(DesignationRules.Validate(new(2024, ProgramTier.SupportProject, [SupportFunction.Network, SupportFunction.Network], null, null), false), e => e.Code == "DUPLICATE_FUNCTION");
    }

    [Fact]
    public void Validate_RefusesAPrefectureRunningAnythingButACenter() =>
        Assert.Contains(DesignationRules.Validate(new(2024, ProgramTier.SupportStation, [SupportFunction.Consultation], null, null), true), e => e.Code == "TIER_NOT_ALLOWED");

    [Fact]
    public void Validate_RefusesACommissionedProgramWithoutItsContractor() =>
        Assert.Contains(DesignationRules.Validate(new(2024, ProgramTier.SupportProject, [SupportFunction.Consultation], new(OperatorKind.Commissioned, " "), null), false), e => e.Code == "OPERATOR_NAME_REQUIRED");

    [Fact]
    public void Validate_AcceptsACenterStillMissingFunctions() =>
        Assert.Empty(DesignationRules.Validate(new(2024, ProgramTier.RegionalSupportCenter, [SupportFunction.Consultation], new(OperatorKind.Direct, null), null), false));

    private static ProgramRecord Designated(ProgramTier tier, SupportFunction[] functions) =>
        DesignationRules.ToRecord(new ProgramDesignation(2024, tier, [.. functions], null, null), null);
}
