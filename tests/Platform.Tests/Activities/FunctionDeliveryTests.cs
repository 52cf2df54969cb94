namespace Platform.Tests.Activities;

[Collection(PlatformCollection.Name)]
public sealed class FunctionDeliveryTests(PlatformFixture fixture)
{
    private const string Delivery = """
        query($code: String!, $y: Int!) { municipality(code: $code) {
          functionDelivery(fiscalYear: $y) { function delivered evidenceCount }
          tierDelivery(fiscalYear: $y) { tier requiredFunctions undeliveredRequiredFunctions fiscalYearEnded flagged } } }
        """;

    private static readonly int LastYear = FiscalYear.Of(JapanDate.Today(TimeProvider.System)) - 1;

    private static string Day => FiscalYear.StartOf(LastYear).AddDays(20).ToString("yyyy-MM-dd");

    [Theory]
    [InlineData("REGIONAL_SUPPORT_CENTER", new[] { "CONSULTATION", "PEER_AND_FAMILY_GROUPS", "PUBLIC_AWARENESS" })]
    [InlineData("SUPPORT_STATION", new[] { "CONSULTATION" })]
    [InlineData("SUPPORT_PROJECT", new string[0])]
    public async Task TierDelivery_AfterTheYear_FlagsRequiredFunctionsWithoutEvidence(string tier, string[] undelivered)
    {
        var code = ActivityTenants.Next();
        var api = new ActivityApi(fixture.Host, code);
        await Designate(api, code, tier);
        var place = await api.PlaceAsync("ひだまり", isPublic: true);
        Assert.Empty(ActivityApi.Codes(await api.RecordAsync(new { kind = "PLACE_OF_BELONGING_SESSION", heldOn = Day, participants = 6, firstTimeParticipants = 2, placeId = place })));
        Assert.Empty(ActivityApi.Codes(await api.RecordAsync(new { kind = "NETWORK_MEETING", heldOn = Day, agenciesPresent = 5, municipalPlatform = true })));

        var data = await fixture.Host.QueryAsync(Delivery, new { code, y = LastYear }, api.Token);
        var check = data["municipality"]!["tierDelivery"]!;
        Assert.Equal(tier, (string)check["tier"]!);
        Assert.Equal(undelivered, check["undeliveredRequiredFunctions"]!.AsArray().Select(f => (string)f!));
        Assert.True((bool)check["fiscalYearEnded"]!);
        Assert.Equal(undelivered.Length > 0, (bool)check["flagged"]!);
        var evidence = data["municipality"]!["functionDelivery"]!.AsArray().ToDictionary(f => (string)f!["function"]!, f => (int)f!["evidenceCount"]!);
        Assert.Equal(1, evidence["PLACE_OF_BELONGING"]);
        Assert.Equal(1, evidence["NETWORK"]);
        Assert.Equal(0, evidence["CONSULTATION"]);

        // The prefecture's list of flagged programs names it exactly when it is flagged.
        var prefecture = ActivityTenants.PrefectureOf(code);
        var listed = await fixture.Host.QueryAsync(
            "query($p: String!, $y: Int!) { prefecture(code: $p) { flaggedPrograms(fiscalYear: $y) { municipality { code } delivery { undeliveredRequiredFunctions } } } }",
            new { p = prefecture, y = LastYear }, fixture.Host.Token(prefecture, Roles.PrefecturalOfficer));
        var mine = listed["prefecture"]!["flaggedPrograms"]!.AsArray().Where(f => (string)f!["municipality"]!["code"]! == code).ToList();
        Assert.Equal(undelivered.Length > 0 ? 1 : 0, mine.Count);

        // The municipal platform meeting backs the request status, though none was reported.
        var requests = await fixture.Host.QueryAsync($"{{ municipality(code: \"{code}\") {{ requestStatus(fiscalYear: {LastYear}) {{ municipalPlatform factFindingSurvey }} }} }}");
        Assert.True((bool)requests["municipality"]!["requestStatus"]!["municipalPlatform"]!);
        Assert.False((bool)requests["municipality"]!["requestStatus"]!["factFindingSurvey"]!);
    }

    [Fact]
    public async Task TierDelivery_ConsultationFromTheCaseCounters_ClearsTheFlag_AndOnlyItsPrefectureSeesIt()
    {
        var code = ActivityTenants.Next();
        var api = new ActivityApi(fixture.Host, code);
        await Designate(api, code, "SUPPORT_STATION");
        var place = await api.PlaceAsync("居場所", isPublic: false);
        await api.RecordAsync(new { kind = "PLACE_OF_BELONGING_SESSION", heldOn = Day, participants = 3, placeId = place });
        await api.RecordAsync(new { kind = "NETWORK_MEETING", heldOn = Day, agenciesPresent = 4 });
        var opened = await fixture.Host.QueryAsync($$"""mutation { openCase(input: { openedOn: "{{Day}}", referralSource: FAMILY }) { errors { code } } }""", token: fixture.Host.Token(code, Roles.Caseworker));
        Assert.Empty(opened["openCase"]!["errors"]!.AsArray());

        var prefecture = fixture.Host.Token(ActivityTenants.PrefectureOf(code), Roles.PrefecturalOfficer);
        var check = (await fixture.Host.QueryAsync(Delivery, new { code, y = LastYear }, prefecture))["municipality"]!["tierDelivery"]!;
        Assert.Empty(check["undeliveredRequiredFunctions"]!.AsArray());
        Assert.False((bool)check["flagged"]!);

        foreach (var other in new[] { fixture.Host.Token("130001", Roles.PrefecturalOfficer), fixture.Host.Token("nation", Roles.NationalAnalyst), fixture.Host.Token(code, Roles.Integrator) })
        {
            var (_, body) = await fixture.Host.PostAsync(Delivery, new { code, y = LastYear }, other);
            Assert.Equal("FORBIDDEN", (string?)body["errors"]?[0]?["extensions"]?["code"]);
        }
    }

    [Fact]
    public async Task RecordActivity_WithBadInput_AnswersStableCodes_AndARetryAppliesOnce()
    {
        var code = ActivityTenants.Next();
        var api = new ActivityApi(fixture.Host, code, Roles.Caseworker);
        var tomorrow = JapanDate.Today(TimeProvider.System).AddDays(1).ToString("yyyy-MM-dd");
        Assert.Contains("FUTURE_DATE", ActivityApi.Codes(await api.RecordAsync(new { kind = "AWARENESS_EVENT", heldOn = tomorrow, participants = 30 })));
        Assert.Contains("NEGATIVE_COUNT", ActivityApi.Codes(await api.RecordAsync(new { kind = "PEER_GROUP_MEETING", heldOn = Day, participants = -1 })));
        Assert.Contains("UNKNOWN_PLACE", ActivityApi.Codes(await api.RecordAsync(new { kind = "PLACE_OF_BELONGING_SESSION", heldOn = Day, participants = 3, placeId = "nope" })));
        Assert.Contains("FIRST_TIMERS_EXCEED_PARTICIPANTS", ActivityApi.Codes(await api.RecordAsync(new { kind = "PLACE_OF_BELONGING_SESSION", heldOn = Day, participants = 3, firstTimeParticipants = 4, placeId = "x" })));
        Assert.Contains("DETAIL_NOT_FOR_KIND", ActivityApi.Codes(await api.RecordAsync(new { kind = "AWARENESS_EVENT", heldOn = Day, participants = 3, agenciesPresent = 2 })));
        Assert.Contains("KIND_NOT_FOR_TENANT", ActivityApi.Codes(await api.RecordAsync(new { kind = "STAFF_TRAINING", heldOn = Day, trainees = new[] { new { agencyType = "NONPROFIT", count = 3 } } })));
        Assert.Contains("RESPONSES_EXCEED_SAMPLE", ActivityApi.Codes(await api.RecordAsync(new { kind = "FACT_FINDING_SURVEY", heldOn = Day, survey = new { method = "MAIL", samples = new[] { new { group = "RESIDENTS", size = 10 } }, responses = 11 } })));

        var first = await api.RecordAsync(new { clientMutationId = "seminar-1", kind = "FAMILY_GROUP_MEETING", heldOn = Day, participants = 9, familySeminar = true });
        var again = await api.RecordAsync(new { clientMutationId = "seminar-1", kind = "FAMILY_GROUP_MEETING", heldOn = Day, participants = 9, familySeminar = true });
        Assert.Equal((string)first["activity"]!["id"]!, (string)again["activity"]!["id"]!);
        var listed = await fixture.Host.QueryAsync($"{{ municipality(code: \"{code}\") {{ activities(fiscalYear: {LastYear}) {{ totalCount }} }} }}", token: api.Token);
        Assert.Equal(1, (int)listed["municipality"]!["activities"]!["totalCount"]!);
    }

    private async Task Designate(ActivityApi api, string code, string tier)
    {
        var result = await fixture.Host.QueryAsync(
            "mutation($i: DesignateProgramInput!) { designateProgram(input: $i) { errors { code } } }",
            new { i = new { municipalityCode = code, fiscalYear = LastYear, tier, functions = new[] { "CONSULTATION" } } }, api.Token);
        Assert.Empty(result["designateProgram"]!["errors"]!.AsArray());
    }
}
