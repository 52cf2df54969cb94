namespace Platform.Tests.Registry;

[Collection(PlatformCollection.Name)]
public sealed class DirectoryQueryTests(PlatformFixture fixture)
{
    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task NationProgramSummary_Fy2023_CountsTheLoadedPrograms_BesideTheOfficialTable()
    {
        var data = await Host.QueryAsync("""
            { nation {
                programSummary(fiscalYear: 2023) { prefectureCenters municipalCenters supportStations supportProjects total }
                officialProgramCounts { fiscalYear total supportProjects }
            } }
            """);
        var summary = data["nation"]!["programSummary"]!;
        Assert.Equal(47, (int)summary["prefectureCenters"]!);
        Assert.Equal(52, (int)summary["municipalCenters"]!);
        Assert.Equal(93, (int)summary["supportStations"]!);
        Assert.Equal(117, (int)summary["supportProjects"]!);
        Assert.Equal(309, (int)summary["total"]!);
        var official = data["nation"]!["officialProgramCounts"]!.AsArray().Single(s => (int)s!["fiscalYear"]! == 2023)!;
        Assert.Equal(312, (int)official["total"]!);
        Assert.Equal(120, (int)official["supportProjects"]!);
    }

    [Fact]
    public async Task NationProgramSummary_ForAYearWithoutRecords_IsZero_NotInvented()
    {
        var data = await Host.QueryAsync("{ nation { programSummary(fiscalYear: 2022) { total } requestStatus(fiscalYear: 2023) { municipalities deskClarified } } }");
        Assert.Equal(0, (int)data["nation"]!["programSummary"]!["total"]!);
        Assert.Equal(1741, (int)data["nation"]!["requestStatus"]!["municipalities"]!);
        Assert.Equal(0, (int)data["nation"]!["requestStatus"]!["deskClarified"]!);
    }

    [Fact]
    public async Task Prefectures_AreThe47_InCodeOrder()
    {
        var data = await Host.QueryAsync("{ prefectures { code lgCode name } }");
        var codes = data["prefectures"]!.AsArray().Select(p => (string)p!["code"]!).ToList();
        Assert.Equal(47, codes.Count);
        Assert.Equal(codes.Order(StringComparer.Ordinal), codes);
        Assert.Equal("01", codes[0]);
    }

    [Theory]
    [InlineData("13")]
    [InlineData("130001")]
    public async Task Prefecture_IsFoundByTwoDigitOrLgCode(string code)
    {
        var data = await Host.QueryAsync("query($c: String!) { prefecture(code: $c) { name lgCode program(fiscalYear: 2023) { tier meetsTierRequirements } municipalities(first: 5) { totalCount } } }", new { c = code });
        Assert.Equal("東京都", (string)data["prefecture"]!["name"]!);
        Assert.Equal("REGIONAL_SUPPORT_CENTER", (string)data["prefecture"]!["program"]!["tier"]!);
        Assert.Equal(62, (int)data["prefecture"]!["municipalities"]!["totalCount"]!);
    }

    [Fact]
    public async Task TokyoSummary_CountsItsStartupSupportedPrograms()
    {
        var data = await Host.QueryAsync("""
            { prefecture(code: "13") { programSummary(fiscalYear: 2023) { prefectureCenters municipalCenters supportStations total } } }
            """);
        var summary = data["prefecture"]!["programSummary"]!;
        Assert.Equal(1, (int)summary["prefectureCenters"]!);
        Assert.True((int)summary["municipalCenters"]! >= 13);

        var supported = await Host.QueryAsync("""
            { municipalities(prefectureCode: "13", fiscalYear: 2023, first: 100) { nodes { program(fiscalYear: 2023) { prefecturalStartupSupport } } } }
            """);
        Assert.Equal(18, supported["municipalities"]!["nodes"]!.AsArray().Count(n => (bool)n!["program"]!["prefecturalStartupSupport"]!));
    }

    [Fact]
    public async Task Municipality_ShowsDirectoryFields_AndAnUnknownSupportProjectsFunctionsAsUnknown()
    {
        var data = await Host.QueryAsync("""
            { yokohama: municipality(code: "141003") { name type isDesignatedCity prefecture { code } program(fiscalYear: 2023) { tier functions functionsKnown missingFunctions meetsTierRequirements } }
              projects: municipalities(tier: SUPPORT_PROJECT, fiscalYear: 2023, first: 1) { totalCount nodes { program(fiscalYear: 2023) { functions functionsKnown meetsTierRequirements } } } }
            """);
        var yokohama = data["yokohama"]!;
        Assert.Equal("DESIGNATED_CITY", (string)yokohama["type"]!);
        Assert.True((bool)yokohama["isDesignatedCity"]!);
        Assert.Equal("14", (string)yokohama["prefecture"]!["code"]!);
        Assert.Equal(5, yokohama["program"]!["functions"]!.AsArray().Count);
        Assert.True((bool)yokohama["program"]!["meetsTierRequirements"]!);

        Assert.Equal(117, (int)data["projects"]!["totalCount"]!);
        var project = data["projects"]!["nodes"]![0]!["program"]!;
        Assert.False((bool)project["functionsKnown"]!);
        Assert.Empty(project["functions"]!.AsArray());
    }

    [Theory]
    [InlineData("REGIONAL_SUPPORT_CENTER", 52)]
    [InlineData("SUPPORT_STATION", 93)]
    [InlineData("SUPPORT_PROJECT", 117)]
    public async Task Municipalities_FilteredByTier_CountTheFy2023List(string tier, int expected)
    {
        var data = await Host.QueryAsync($"{{ municipalities(tier: {tier}, fiscalYear: 2023) {{ totalCount }} }}");
        Assert.Equal(expected, (int)data["municipalities"]!["totalCount"]!);
    }

    [Fact]
    public async Task Municipalities_PageThroughAll1741_WithCursors_EachOnce()
    {
        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        do
        {
            var data = await Host.QueryAsync("query($after: String) { municipalities(first: 100, after: $after) { totalCount edges { cursor node { code } } pageInfo { hasNextPage endCursor } } }", new { after });
            var connection = data["municipalities"]!;
            Assert.Equal(1741, (int)connection["totalCount"]!);
            seen.AddRange(connection["edges"]!.AsArray().Select(e => (string)e!["node"]!["code"]!));
            after = (bool)connection["pageInfo"]!["hasNextPage"]! ? (string)connection["pageInfo"]!["endCursor"]! : null;
            pages++;
        }
        while (after is not null);

        Assert.Equal(18, pages);
        Assert.Equal(1741, seen.Distinct().Count());
        Assert.Equal(seen.Order(StringComparer.Ordinal), seen);
    }

    [Theory]
    [InlineData("にしとうきょう")]
    [InlineData("ニシトウキョウ")]
    [InlineData("西東京")]
    public async Task Municipalities_SearchByNameOrKana_FindsNishitokyo(string search)
    {
        var data = await Host.QueryAsync("query($s: String) { municipalities(search: $s) { nodes { code } } }", new { s = search });
        Assert.Contains(data["municipalities"]!["nodes"]!.AsArray(), n => (string)n!["code"]! == "132292");
    }

    [Fact]
    public async Task Municipalities_ByTypeAndPrefecture_ListsTheTwentyDesignatedCitiesOrTokyosWards()
    {
        var data = await Host.QueryAsync("{ d: municipalities(type: DESIGNATED_CITY) { totalCount } w: municipalities(type: SPECIAL_WARD, prefectureCode: \"130001\") { totalCount } }");
        Assert.Equal(20, (int)data["d"]!["totalCount"]!);
        Assert.Equal(23, (int)data["w"]!["totalCount"]!);
    }

    [Fact]
    public async Task Node_ResolvesGlobalIdsOfMunicipalitiesAndPrefectures()
    {
        var ids = await Host.QueryAsync("{ municipality(code: \"132292\") { id } prefecture(code: \"13\") { id } }");
        var municipalityId = (string)ids["municipality"]!["id"]!;
        var prefectureId = (string)ids["prefecture"]!["id"]!;
        var data = await Host.QueryAsync("query($a: ID!, $ids: [ID!]!) { node(id: $a) { id ... on Municipality { name } } nodes(ids: $ids) { ... on Prefecture { name } } }", new { a = municipalityId, ids = new[] { prefectureId } });
        Assert.Equal("西東京市", (string)data["node"]!["name"]!);
        Assert.Equal("東京都", (string)data["nodes"]![0]!["name"]!);
    }

    [Fact]
    public async Task UnknownButWellFormedCode_IsNull()
    {
        // 999997 is well formed (valid check digit) but no municipality has it.
        var data = await Host.QueryAsync("{ municipality(code: \"999997\") { name } prefecture(code: \"99\") { name } }");
        Assert.Null(data["municipality"]);
        Assert.Null(data["prefecture"]);
    }

    [Theory]
    [InlineData("{ municipality(code: \"132293\") { name } }")]
    [InlineData("{ municipality(code: \"abc\") { name } }")]
    [InlineData("{ prefecture(code: \"1\") { name } }")]
    [InlineData("{ nation { programSummary(fiscalYear: 1999) { total } } }")]
    [InlineData("{ nation { programSummary(fiscalYear: 2101) { total } } }")]
    [InlineData("{ municipalities(first: 101) { totalCount } }")]
    [InlineData("{ municipalities(first: -1) { totalCount } }")]
    [InlineData("{ municipalities(after: \"not-a-cursor\") { totalCount } }")]
    [InlineData("{ municipalities(tier: SUPPORT_STATION) { totalCount } }")]
    [InlineData("{ node(id: \"%%%\") { id } }")]
    public async Task BadArguments_AreBadUserInput_WithoutInternalDetail(string query)
    {
        var (status, body) = await Host.PostAsync(query);
        Assert.Equal(HttpStatusCode.OK, status);
        var error = body["errors"]!.AsArray().Single()!;
        Assert.Equal("BAD_USER_INPUT", (string)error["extensions"]!["code"]!);
        Assert.DoesNotContain("Exception", body.ToJsonString());
    }

    [Fact]
    public async Task Nodes_WithMoreThan50Ids_IsBadUserInput()
    {
        var ids = Enumerable.Range(0, 51).Select(_ => "TXVuaWNpcGFsaXR5OjEzMjI5Mg").ToArray();
        var (_, body) = await Host.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { id } }", new { ids });
        Assert.Equal("BAD_USER_INPUT", (string)body["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task Viewer_IsNullWhenAnonymous_AndNamesTheTenantWithAToken()
    {
        var anonymous = await Host.QueryAsync("{ viewer { subject } }");
        Assert.Null(anonymous["viewer"]);
        var data = await Host.QueryAsync("{ viewer { tenantCode tenantName roles } }", token: Host.Token("132292", "Caseworker"));
        Assert.Equal("西東京市", (string)data["viewer"]!["tenantName"]!);
        Assert.Equal("Caseworker", (string)data["viewer"]!["roles"]![0]!);
    }

    [Fact]
    public void DirectoryGrain_KeepsTheGrainIdItsStoredStateIsFiledUnder()
    {
        // The seed version is stored under the grain id "registry/registry"; a different id would
        // find no state and load the starting designations a second time.
        var grains = Host.App.Services.GetRequiredService<IGrainFactory>();
        Assert.Equal("registry/registry", grains.GetGrain<IDirectoryGrain>(IDirectoryGrain.Key).GetGrainId().ToString());
    }
}
