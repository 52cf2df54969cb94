namespace Platform.Tests.Satellites;

/// <summary>Start-up support and preparation grants, as Miyagi's officers record them (prefecture 04).</summary>
[Collection(PlatformCollection.Name)]
public sealed class PreparationSupportTests(PlatformFixture fixture)
{
    private const string Miyagi = "040002";

    private PlatformHost Host => fixture.Host;

    private string Officer => Host.Token(Miyagi, Roles.PrefecturalOfficer);

    [Fact]
    public async Task GrantCondition_IsMet_OnlyWhenTheNextYearsProgramIsTheCommittedTierOrHigher()
    {
        var year = UniqueFiscalYear.Next();
        var granted = await GrantAsync("042021", year, """[{ item: FACT_FINDING, amountYen: 1200000 }, { item: PREMISES_REPAIR, amountYen: 3000000 }, { item: EQUIPMENT, amountYen: 800000 }]""", "SUPPORT_STATION");
        Assert.Empty(granted["errors"]!.AsArray());
        Assert.Equal(5_000_000, (int)granted["grant"]!["totalYen"]!);
        Assert.Equal("PENDING", (string)granted["grant"]!["conditionStatus"]!);

        await DesignateAsync("042021", year + 1, "SUPPORT_PROJECT", "[CONSULTATION]");
        Assert.Equal(("PENDING", false), await ConditionAsync("042021", year));

        await DesignateAsync("042021", year + 1, "SUPPORT_STATION", "[CONSULTATION, PLACE_OF_BELONGING, NETWORK]");
        Assert.Equal(("MET", true), await ConditionAsync("042021", year));

        await DesignateAsync("042021", year + 1, "REGIONAL_SUPPORT_CENTER", "[CONSULTATION, PLACE_OF_BELONGING, NETWORK, PEER_AND_FAMILY_GROUPS, PUBLIC_AWARENESS]");
        Assert.Equal(("MET", true), await ConditionAsync("042021", year));
    }

    [Fact]
    public async Task GrantCondition_IsNotMet_OnceTheNextYearEndedWithoutTheProgram()
    {
        // FY2023's grant: FY2024 ended on 2025-03-31, and 042030 (Shiogama) ran no program in it.
        Assert.Empty((await GrantAsync("042030", 2023, """[{ item: EQUIPMENT, amountYen: 500000 }]""", "SUPPORT_PROJECT"))["errors"]!.AsArray());
        Assert.Equal(("NOT_MET", false), await ConditionAsync("042030", 2023));
    }

    [Fact]
    public async Task GrantPreparationSupport_WithBadItemsOrTwiceInAYear_IsRefused_AndByAnotherPrefecture_IsForbidden()
    {
        var year = UniqueFiscalYear.Next();
        Assert.Equal("ITEMS_REQUIRED", Code(await GrantAsync("042056", year, "[]", "SUPPORT_PROJECT")));
        Assert.Equal("DUPLICATE_ITEM", Code(await GrantAsync("042056", year, """[{ item: EQUIPMENT, amountYen: 1 }, { item: EQUIPMENT, amountYen: 2 }]""", "SUPPORT_PROJECT")));
        Assert.Equal("AMOUNT_OUT_OF_RANGE", Code(await GrantAsync("042056", year, """[{ item: EQUIPMENT, amountYen: 0 }]""", "SUPPORT_PROJECT")));
        Assert.Empty((await GrantAsync("042056", year, """[{ item: EQUIPMENT, amountYen: 100 }]""", "SUPPORT_PROJECT"))["errors"]!.AsArray());
        Assert.Equal("GRANT_EXISTS", Code(await GrantAsync("042056", year, """[{ item: FACT_FINDING, amountYen: 100 }]""", "SUPPORT_PROJECT")));

        var (_, body) = await Host.PostAsync(
            $$"""mutation { grantPreparationSupport(input: { municipalityCode: "042056", fiscalYear: {{year}}, items: [{ item: EQUIPMENT, amountYen: 100 }], committedTier: SUPPORT_PROJECT }) { errors { code } } }""",
            token: Host.Token("050008", Roles.PrefecturalOfficer));
        Assert.Equal("FORBIDDEN", (string?)body["errors"]?[0]?["extensions"]?["code"]);
    }

    [Fact]
    public async Task RecordStartupSupport_SetsTheProgramsFlag_OnlyForItsPrefecture_AndSurvivesARedesignation()
    {
        var year = UniqueFiscalYear.Next();
        const string Mutation = """mutation($y: Int!) { recordStartupSupport(input: { municipalityCode: "042064", fiscalYear: $y }) { program { prefecturalStartupSupport } errors { code } } }""";
        var missing = await Host.QueryAsync(Mutation, new { y = year }, Officer);
        Assert.Equal("PROGRAM_NOT_FOUND", (string)missing["recordStartupSupport"]!["errors"]![0]!["code"]!);

        await DesignateAsync("042064", year, "SUPPORT_PROJECT", "[CONSULTATION]");
        var (_, own) = await Host.PostAsync(Mutation, new { y = year }, Host.Token("042064", Roles.TenantAdmin));
        Assert.Equal("FORBIDDEN", (string?)own["errors"]?[0]?["extensions"]?["code"]);

        var recorded = await Host.QueryAsync(Mutation, new { y = year }, Officer);
        Assert.True((bool)recorded["recordStartupSupport"]!["program"]!["prefecturalStartupSupport"]!);
        await DesignateAsync("042064", year, "SUPPORT_PROJECT", "[CONSULTATION, OUTREACH]");
        var program = await Host.QueryAsync($$"""{ municipality(code: "042064") { program(fiscalYear: {{year}}) { prefecturalStartupSupport functions } } }""");
        Assert.True((bool)program["municipality"]!["program"]!["prefecturalStartupSupport"]!);
    }

    private static string Code(JsonNode payload) => (string)payload["errors"]![0]!["code"]!;

    private async Task<JsonNode> GrantAsync(string municipality, int year, string items, string tier)
    {
        var data = await Host.QueryAsync(
            $$"""mutation { grantPreparationSupport(input: { municipalityCode: "{{municipality}}", fiscalYear: {{year}}, items: {{items}}, committedTier: {{tier}} }) { grant { id totalYen conditionStatus conditionMet } errors { code } } }""",
            token: Officer);
        return data["grantPreparationSupport"]!;
    }

    private async Task<(string, bool)> ConditionAsync(string municipality, int year)
    {
        var data = await Host.QueryAsync($$"""{ prefecture(code: "04") { preparationGrants(fiscalYear: {{year}}) { municipality { code } conditionStatus conditionMet } } }""", token: Officer);
        var grant = data["prefecture"]!["preparationGrants"]!.AsArray().Single(g => (string)g!["municipality"]!["code"]! == municipality)!;
        return ((string)grant["conditionStatus"]!, (bool)grant["conditionMet"]!);
    }

    private async Task DesignateAsync(string municipality, int year, string tier, string functions)
    {
        var data = await Host.QueryAsync(
            $$"""mutation { designateProgram(input: { municipalityCode: "{{municipality}}", fiscalYear: {{year}}, tier: {{tier}}, functions: {{functions}} }) { errors { code } } }""",
            token: Officer);
        Assert.Empty(data["designateProgram"]!["errors"]!.AsArray());
    }
}
