namespace Platform.Tests.Activities;

/// <summary>Planned activities count only once held; places of belonging are edited and closed.</summary>
[Collection(PlatformCollection.Name)]
public sealed class PlannedActivityTests(PlatformFixture fixture)
{
    private static DateOnly Today => JapanDate.Today(TimeProvider.System);

    private static readonly int Year = FiscalYear.Of(Today);

    private const string Figures = """
        query($code: String!, $y: Int!) {
          municipality(code: $code) { statistics(fiscalYear: $y) { activities { kind sessions participants { value } } }
                                      functionDelivery(fiscalYear: $y) { function evidenceCount }
                                      plannedActivities(fiscalYear: $y) { id kind plannedOn status activityId cancelReason } } }
        """;

    private const string Fields = "plannedActivity { id kind plannedOn placeId title status activityId cancelReason } errors { code field }";

    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task APlannedEvent_CountsNowhere_UntilItIsHeld_AndACancelledOneNever()
    {
        var code = ActivityTenants.Next();
        var token = Host.Token(code, Roles.TenantAdmin);
        var planned = await MutateAsync("planActivity", new { kind = "AWARENESS_EVENT", plannedOn = Iso(Today), title = "ひきこもり講演会" }, token);
        Assert.Empty(Codes(planned));
        var id = (string)planned["plannedActivity"]!["id"]!;
        Assert.Equal("PLANNED", (string)planned["plannedActivity"]!["status"]!);
        var before = await FiguresAsync(code, token);
        Assert.Equal(0, Evidence(before));
        Assert.Equal("PLANNED", (string)Assert.Single(before["plannedActivities"]!.AsArray())!["status"]!);

        Assert.Equal(["PARTICIPANTS_REQUIRED"], Codes(await MutateAsync("holdPlannedActivity", new { plannedActivityId = id, heldOn = Iso(Today) }, token)));
        var held = await MutateAsync("holdPlannedActivity", new { clientMutationId = "h-1", plannedActivityId = id, heldOn = Iso(Today), participants = 40 }, token);
        var again = await MutateAsync("holdPlannedActivity", new { clientMutationId = "h-1", plannedActivityId = id, heldOn = Iso(Today), participants = 40 }, token);
        Assert.Empty(Codes(held));
        Assert.Equal(held.ToJsonString(), again.ToJsonString());
        Assert.Equal("HELD", (string)held["plannedActivity"]!["status"]!);
        Assert.NotNull((string?)held["plannedActivity"]!["activityId"]);
        var after = await FiguresAsync(code, token);
        Assert.Equal(1, Evidence(after));
        var row = after["statistics"]!["activities"]!.AsArray().Single(a => (string)a!["kind"]! == "AWARENESS_EVENT")!;
        Assert.Equal((1, 40), ((int)row["sessions"]!, (int)row["participants"]!["value"]!));
        Assert.Equal(["NOT_PLANNED"], Codes(await MutateAsync("cancelPlannedActivity", new { plannedActivityId = id, reason = "x" }, token)));

        // Planned for next week, then called off: it never counts, and cannot be held afterwards.
        var meeting = (string)(await MutateAsync("planActivity", new { kind = "FAMILY_GROUP_MEETING", plannedOn = Iso(Today.AddDays(7)) }, token))["plannedActivity"]!["id"]!;
        Assert.Equal(["FUTURE_DATE"], Codes(await MutateAsync("holdPlannedActivity", new { plannedActivityId = meeting, heldOn = Iso(Today.AddDays(7)), participants = 5 }, token)));
        Assert.Equal(["REASON_REQUIRED"], Codes(await MutateAsync("cancelPlannedActivity", new { plannedActivityId = meeting, reason = " " }, token)));
        var cancelled = await MutateAsync("cancelPlannedActivity", new { plannedActivityId = meeting, reason = "講師の都合" }, token);
        Assert.Equal(("CANCELLED", "講師の都合"), ((string)cancelled["plannedActivity"]!["status"]!, (string)cancelled["plannedActivity"]!["cancelReason"]!));
        Assert.Equal(["NOT_PLANNED"], Codes(await MutateAsync("holdPlannedActivity", new { plannedActivityId = meeting, heldOn = Iso(Today), participants = 5 }, token)));
        Assert.Equal(1, Evidence(await FiguresAsync(code, token)));
    }

    [Fact]
    public async Task BadPlans_AreRefused_AndAnotherTenantCannotTouchOrSeeThem()
    {
        var code = ActivityTenants.Next();
        var token = Host.Token(code, Roles.Caseworker);
        Assert.Equal(["DATE_IN_PAST"], Codes(await MutateAsync("planActivity", new { kind = "PEER_GROUP_MEETING", plannedOn = Iso(Today.AddDays(-1)) }, token)));
        Assert.Equal(["KIND_NOT_PLANNABLE"], Codes(await MutateAsync("planActivity", new { kind = "FACT_FINDING_SURVEY", plannedOn = Iso(Today) }, token)));
        Assert.Equal(["PLACE_REQUIRED"], Codes(await MutateAsync("planActivity", new { kind = "PLACE_OF_BELONGING_SESSION", plannedOn = Iso(Today) }, token)));
        Assert.Equal(["DATE_OUT_OF_RANGE"], Codes(await MutateAsync("planActivity", new { kind = "PEER_GROUP_MEETING", plannedOn = Iso(Today.AddYears(3)) }, token)));
        var id = (string)(await MutateAsync("planActivity", new { kind = "PEER_GROUP_MEETING", plannedOn = Iso(Today.AddDays(3)) }, token))["plannedActivity"]!["id"]!;

        var other = ActivityTenants.Next();
        var stranger = Host.Token(other, Roles.TenantAdmin);
        Assert.Equal(["PLANNED_ACTIVITY_NOT_FOUND"], Codes(await MutateAsync("cancelPlannedActivity", new { plannedActivityId = id, reason = "侵入" }, stranger)));
        var (_, body) = await Host.PostAsync(Figures, new { code, y = Year }, stranger);
        Assert.Equal("FORBIDDEN", (string?)body["errors"]?[0]?["extensions"]?["code"]);
        Assert.Equal("PLANNED", (string)Assert.Single((await FiguresAsync(code, Host.Token(code, Roles.TenantAdmin)))["plannedActivities"]!.AsArray())!["status"]!);
    }

    [Fact]
    public async Task APlaceOfBelonging_IsEdited_ThenClosed_AndLeavesThePublicDirectory()
    {
        var code = ActivityTenants.Next();
        var api = new ActivityApi(Host, code);
        var place = await api.PlaceAsync("ふらっとスペース", isPublic: true);
        const string Update = "mutation($i: UpdatePlaceOfBelongingInput!) { updatePlaceOfBelonging(input: $i) { placeOfBelonging { id name schedule isPublic closedOn } errors { code } } }";
        const string Close = "mutation($i: ClosePlaceOfBelongingInput!) { closePlaceOfBelonging(input: $i) { placeOfBelonging { id closedOn } errors { code } } }";
        var updated = (await Host.QueryAsync(Update, new { i = new { placeId = place, name = "ふらっとスペース西", schedule = "毎週水曜 13時〜16時", isPublic = true } }, api.Token))["updatePlaceOfBelonging"]!;
        Assert.Equal(("ふらっとスペース西", "毎週水曜 13時〜16時"), ((string)updated["placeOfBelonging"]!["name"]!, (string)updated["placeOfBelonging"]!["schedule"]!));
        Assert.Equal("UNKNOWN_PLACE", (string)(await Host.QueryAsync(Update, new { i = new { placeId = "nope", name = "x", isPublic = true } }, api.Token))["updatePlaceOfBelonging"]!["errors"]![0]!["code"]!);
        Assert.Equal("ふらっとスペース西", (string)Assert.Single(await PublicPlacesAsync(code))!["name"]!);

        var closed = (await Host.QueryAsync(Close, new { i = new { placeId = place, closedOn = Iso(Today) } }, api.Token))["closePlaceOfBelonging"]!;
        Assert.Equal(Iso(Today), (string)closed["placeOfBelonging"]!["closedOn"]!);
        Assert.Equal("PLACE_CLOSED", (string)(await Host.QueryAsync(Close, new { i = new { placeId = place, closedOn = Iso(Today) } }, api.Token))["closePlaceOfBelonging"]!["errors"]![0]!["code"]!);
        Assert.Empty(await PublicPlacesAsync(code));
        Assert.Equal(["UNKNOWN_PLACE"], Codes(await MutateAsync("planActivity", new { kind = "PLACE_OF_BELONGING_SESSION", plannedOn = Iso(Today.AddDays(1)), placeId = place }, api.Token)));

        // A session on its last day still counts; another tenant cannot close it.
        Assert.Empty(ActivityApi.Codes(await api.RecordAsync(new { kind = "PLACE_OF_BELONGING_SESSION", heldOn = Iso(Today), participants = 3, placeId = place })));
        var (_, foreign) = await Host.PostAsync(Close, new { i = new { placeId = place, closedOn = Iso(Today) } }, Host.Token(ActivityTenants.Next(), Roles.TenantAdmin));
        Assert.Equal("UNKNOWN_PLACE", (string)foreign["data"]!["closePlaceOfBelonging"]!["errors"]![0]!["code"]!);
    }

    private async Task<JsonArray> PublicPlacesAsync(string code) =>
        (await Host.QueryAsync("query($c: String!) { municipality(code: $c) { placesOfBelonging { name } } }", new { c = code }))["municipality"]!["placesOfBelonging"]!.AsArray();

    private async Task<JsonNode> MutateAsync(string name, object input, string token) =>
        (await Host.QueryAsync($$"""mutation($i: {{char.ToUpperInvariant(name[0])}}{{name[1..]}}Input!) { {{name}}(input: $i) { {{Fields}} } }""", new { i = input }, token))[name]!;

    private async Task<JsonNode> FiguresAsync(string code, string token) =>
        (await Host.QueryAsync(Figures, new { code, y = Year }, token))["municipality"]!;

    private static int Evidence(JsonNode municipality) =>
        (int)municipality["functionDelivery"]!.AsArray().Single(f => (string)f!["function"]! == "PUBLIC_AWARENESS")!["evidenceCount"]!;

    private static string[] Codes(JsonNode payload) => ActivityApi.Codes(payload);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
