namespace Platform.Tests.Programs;

[Collection(PlatformCollection.Name)]
public sealed class DesignationTests(PlatformFixture fixture)
{
    private const string Designate = """
        mutation($input: DesignateProgramInput!) {
          designateProgram(input: $input) {
            clientMutationId
            program { fiscalYear tier functions missingFunctions meetsTierRequirements operator { kind name } }
            errors { code message field }
          }
        }
        """;

    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task DesignateProgram_ByTheMunicipalitysAdmin_IsStored_AndRollsUp()
    {
        var year = UniqueFiscalYear.Next();
        var token = Host.Token("132292", "TenantAdmin");
        var data = await Host.QueryAsync(Designate, Input(year, "132292", "REGIONAL_SUPPORT_CENTER", ["CONSULTATION", "PLACE_OF_BELONGING", "NETWORK", "PEER_AND_FAMILY_GROUPS"], new { kind = "COMMISSIONED", name = "NPO法人 ひだまり" }), token);
        var payload = data["designateProgram"]!;
        Assert.Empty(payload["errors"]!.AsArray());
        Assert.Equal("PUBLIC_AWARENESS", (string)payload["program"]!["missingFunctions"]![0]!);
        Assert.False((bool)payload["program"]!["meetsTierRequirements"]!);
        Assert.Equal("NPO法人 ひだまり", (string)payload["program"]!["operator"]!["name"]!);

        var summary = await Host.QueryAsync($"{{ nation {{ programSummary(fiscalYear: {year}) {{ municipalCenters total }} }} prefecture(code: \"13\") {{ programSummary(fiscalYear: {year}) {{ municipalCenters }} }} }}");
        Assert.Equal(1, (int)summary["nation"]!["programSummary"]!["municipalCenters"]!);
        Assert.Equal(1, (int)summary["prefecture"]!["programSummary"]!["municipalCenters"]!);
    }

    [Fact]
    public async Task DesignateProgram_KeepsHistory_OldestFirst_AndMovesTheCountsWithARedesignation()
    {
        var first = UniqueFiscalYear.Next();
        var second = UniqueFiscalYear.Next();
        var token = Host.Token("012025", "TenantAdmin");
        await Host.QueryAsync(Designate, Input(second, "012025", "SUPPORT_STATION", ["CONSULTATION", "PLACE_OF_BELONGING", "NETWORK"]), token);
        await Host.QueryAsync(Designate, Input(first, "012025", "SUPPORT_PROJECT", ["CONSULTATION"]), token);
        await Host.QueryAsync(Designate, Input(second, "012025", "REGIONAL_SUPPORT_CENTER", ["CONSULTATION", "PLACE_OF_BELONGING", "NETWORK", "PEER_AND_FAMILY_GROUPS", "PUBLIC_AWARENESS"]), token);

        var data = await Host.QueryAsync("{ municipality(code: \"012025\") { programs { fiscalYear tier } } }");
        var programs = data["municipality"]!["programs"]!.AsArray().Where(p => (int)p!["fiscalYear"]! == first || (int)p!["fiscalYear"]! == second).ToList();
        Assert.Equal([first, second], programs.Select(p => (int)p!["fiscalYear"]!));
        Assert.Equal("REGIONAL_SUPPORT_CENTER", (string)programs[1]!["tier"]!);

        var summary = await Host.QueryAsync($"{{ nation {{ programSummary(fiscalYear: {second}) {{ municipalCenters supportStations }} }} }}");
        Assert.Equal(1, (int)summary["nation"]!["programSummary"]!["municipalCenters"]!);
        Assert.Equal(0, (int)summary["nation"]!["programSummary"]!["supportStations"]!);
    }

    [Fact]
    public async Task DesignateProgram_RetriedWithTheSameClientMutationId_AppliesOnce()
    {
        var year = UniqueFiscalYear.Next();
        var token = Host.Token("011002", "TenantAdmin");
        var input = Input(year, "011002", "SUPPORT_PROJECT", ["CONSULTATION"], clientMutationId: "retry-1");
        var once = await Host.QueryAsync(Designate, input, token);
        var changed = Input(year, "011002", "SUPPORT_STATION", ["CONSULTATION", "PLACE_OF_BELONGING", "NETWORK"], clientMutationId: "retry-1");
        var again = await Host.QueryAsync(Designate, changed, token);

        Assert.Equal("retry-1", (string)again["designateProgram"]!["clientMutationId"]!);
        Assert.Equal(once["designateProgram"]!["program"]!.ToJsonString(), again["designateProgram"]!["program"]!.ToJsonString());
        var stored = await Host.QueryAsync($"{{ municipality(code: \"011002\") {{ program(fiscalYear: {year}) {{ tier }} }} }}");
        Assert.Equal("SUPPORT_PROJECT", (string)stored["municipality"]!["program"]!["tier"]!);
    }

    [Theory]
    [InlineData("SUPPORT_PROJECT", new string[0], "FUNCTIONS_REQUIRED")]
    [InlineData("SUPPORT_PROJECT", new[] { "NETWORK", "NETWORK" }, "DUPLICATE_FUNCTION")]
    public async Task DesignateProgram_WithBadFunctions_ReturnsAUserError_AndStoresNothing(string tier, string[] functions, string code)
    {
        var year = UniqueFiscalYear.Next();
        var data = await Host.QueryAsync(Designate, Input(year, "132292", tier, functions), Host.Token("132292", "TenantAdmin"));
        var payload = data["designateProgram"]!;
        Assert.Null(payload["program"]);
        Assert.Equal(code, (string)payload["errors"]![0]!["code"]!);
        await AssertNoProgram("132292", year);
    }

    [Fact]
    public async Task DesignateProgram_ForAPrefectureWithAStation_IsTierNotAllowed()
    {
        var year = UniqueFiscalYear.Next();
        var data = await Host.QueryAsync(Designate, new { input = new { prefectureCode = "13", fiscalYear = year, tier = "SUPPORT_STATION", functions = new[] { "CONSULTATION" } } }, Host.Token("130001", "PrefecturalOfficer"));
        Assert.Equal("TIER_NOT_ALLOWED", (string)data["designateProgram"]!["errors"]![0]!["code"]!);
    }

    [Theory]
    [InlineData("132293", "INVALID_LG_CODE")]
    [InlineData("999997", "UNKNOWN_MUNICIPALITY")]
    public async Task DesignateProgram_ForABadCode_ReturnsAUserError(string code, string expected)
    {
        var data = await Host.QueryAsync(Designate, Input(2024, code, "SUPPORT_PROJECT", ["CONSULTATION"]), Host.Token("130001", "PrefecturalOfficer"));
        Assert.Equal(expected, (string)data["designateProgram"]!["errors"]![0]!["code"]!);
    }

    [Fact]
    public async Task DesignateProgram_WithBothOrNeitherTarget_ReturnsAUserError()
    {
        var data = await Host.QueryAsync(Designate, new { input = new { fiscalYear = 2024, tier = "SUPPORT_PROJECT", functions = new[] { "CONSULTATION" } } }, Host.Token("130001", "PrefecturalOfficer"));
        Assert.Equal("EXACTLY_ONE_TARGET", (string)data["designateProgram"]!["errors"]![0]!["code"]!);
    }

    [Fact]
    public async Task DesignateProgram_WithoutAToken_IsUnauthenticated()
    {
        var (_, body) = await Host.PostAsync(Designate, Input(2024, "132292", "SUPPORT_PROJECT", ["CONSULTATION"]));
        Assert.Equal("UNAUTHENTICATED", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task DesignateProgram_WithAForgedToken_Is401()
    {
        var token = Host.Token("132292", "TenantAdmin");
        var forged = token[..^4] + (token[^4] == 'A' ? "BBBB" : "AAAA");
        var (status, body) = await Host.PostAsync(Designate, Input(2024, "132292", "SUPPORT_PROJECT", ["CONSULTATION"]), forged);
        Assert.Equal(HttpStatusCode.Unauthorized, status);
        Assert.Equal("UNAUTHENTICATED", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }

    [Theory]
    [InlineData("141003", "TenantAdmin")]          // another municipality (a designated city)
    [InlineData("140007", "PrefecturalOfficer")]   // another prefecture
    [InlineData("132292", "Caseworker")]           // own tenant, role without the right
    [InlineData("132292", "PrefecturalOfficer")]   // own tenant, a prefectural role: owners need TenantAdmin
    [InlineData("nation", "NationalAnalyst")]
    [InlineData("132292", "Integrator")]
    public async Task DesignateProgram_ByACallerWithoutAuthority_IsForbidden_AndStoresNothing(string tenant, string role)
    {
        var year = UniqueFiscalYear.Next();
        var (_, body) = await Host.PostAsync(Designate, Input(year, "132292", "SUPPORT_PROJECT", ["CONSULTATION"]), Host.Token(tenant, role));
        Assert.Equal("FORBIDDEN", (string)body["errors"]![0]!["extensions"]!["code"]!);
        await AssertNoProgram("132292", year);
    }

    [Fact]
    public async Task DesignateProgram_ByTheOwnPrefecturesOfficer_IsAllowed()
    {
        var year = UniqueFiscalYear.Next();
        var data = await Host.QueryAsync(Designate, Input(year, "132292", "SUPPORT_PROJECT", ["CONSULTATION"]), Host.Token("130001", "PrefecturalOfficer"));
        Assert.Empty(data["designateProgram"]!["errors"]!.AsArray());
    }

    [Fact]
    public async Task ReportRequestStatus_RollsUpToPrefectureAndNation_AndRefusesPublicisingAnUnclearDesk()
    {
        var year = UniqueFiscalYear.Next();
        const string Report = """
            mutation($input: ReportRequestStatusInput!) { reportRequestStatus(input: $input) { requestStatus { deskClarified } errors { code field } } }
            """;
        var token = Host.Token("132292", "TenantAdmin");
        var bad = await Host.QueryAsync(Report, new { input = new { municipalityCode = "132292", fiscalYear = year, deskClarified = false, deskPublicized = true, factFindingSurvey = false, municipalPlatform = false } }, token);
        Assert.Equal("DESK_NOT_CLARIFIED", (string)bad["reportRequestStatus"]!["errors"]![0]!["code"]!);

        await Host.QueryAsync(Report, new { input = new { municipalityCode = "132292", fiscalYear = year, deskClarified = true, deskPublicized = true, factFindingSurvey = true, municipalPlatform = false } }, token);
        var data = await Host.QueryAsync($$"""
            { nation { requestStatus(fiscalYear: {{year}}) { municipalities deskClarified deskPublicized factFindingSurvey municipalPlatform } }
              prefecture(code: "13") { requestStatus(fiscalYear: {{year}}) { municipalities deskClarified } }
              municipality(code: "132292") { requestStatus(fiscalYear: {{year}}) { deskPublicized municipalPlatform } } }
            """);
        var nation = data["nation"]!["requestStatus"]!;
        Assert.Equal((1741, 1, 1, 1, 0), ((int)nation["municipalities"]!, (int)nation["deskClarified"]!, (int)nation["deskPublicized"]!, (int)nation["factFindingSurvey"]!, (int)nation["municipalPlatform"]!));
        Assert.Equal(62, (int)data["prefecture"]!["requestStatus"]!["municipalities"]!);
        Assert.True((bool)data["municipality"]!["requestStatus"]!["deskPublicized"]!);
    }

    private async Task AssertNoProgram(string code, int year)
    {
        var data = await Host.QueryAsync($"{{ municipality(code: \"{code}\") {{ program(fiscalYear: {year}) {{ tier }} }} nation {{ programSummary(fiscalYear: {year}) {{ total }} }} }}");
        Assert.Null(data["municipality"]!["program"]);
        Assert.Equal(0, (int)data["nation"]!["programSummary"]!["total"]!);
    }

    private static object Input(int year, string municipalityCode, string tier, string[] functions, object? op = null, string? clientMutationId = null) =>
        new { input = new { clientMutationId, municipalityCode, fiscalYear = year, tier, functions, @operator = op } };
}
