namespace Platform.Tests.Activities;

[Collection(PlatformCollection.Name)]
public sealed class WithdrawActivityTests(PlatformFixture fixture)
{
    private static readonly int LastYear = FiscalYear.Of(JapanDate.Today(TimeProvider.System)) - 1;

    private const string Figures = """
        query($code: String!, $p: String!, $y: Int!) {
          municipality(code: $code) { statistics(fiscalYear: $y) { activities { kind sessions participants { value } } }
                                      functionDelivery(fiscalYear: $y) { function evidenceCount } }
          prefecture(code: $p) { statistics(fiscalYear: $y) { activities { kind sessions participants { value } } } } }
        """;

    [Fact]
    public async Task WithdrawActivity_TakesItOutOfEveryCount_OnceForARetry_AndNeedsAReason()
    {
        var code = ActivityTenants.Next();
        var prefecture = ActivityTenants.PrefectureOf(code);
        var api = new ActivityApi(fixture.Host, code);
        var day = FiscalYear.StartOf(LastYear).AddDays(40).ToString("yyyy-MM-dd");
        var recorded = await api.RecordAsync(new { kind = "AWARENESS_EVENT", heldOn = day, participants = 7 });
        var id = (string)recorded["activity"]!["id"]!;
        var officer = fixture.Host.Token(prefecture, Roles.PrefecturalOfficer);
        var before = await fixture.Host.QueryAsync(Figures, new { code, p = prefecture, y = LastYear }, officer);
        Assert.Equal((7, 1), Awareness(before["municipality"]!));
        Assert.Equal(1, Evidence(before));

        Assert.Equal(["REASON_REQUIRED"], ActivityApi.Codes(await WithdrawAsync(api, id, " ", null)));
        Assert.Equal(["ACTIVITY_NOT_FOUND"], ActivityApi.Codes(await WithdrawAsync(api, "no-such-activity", "誤登録", null)));
        var (_, other) = await fixture.Host.PostAsync(
            """mutation($id: ID!) { withdrawActivity(input: { activityId: $id, reason: "x" }) { errors { code } } }""", new { id }, fixture.Host.Token(ActivityTenants.Next(), Roles.TenantAdmin));
        Assert.Equal("ACTIVITY_NOT_FOUND", (string)other["data"]!["withdrawActivity"]!["errors"]![0]!["code"]!);

        var withdrawn = await WithdrawAsync(api, id, "別の自治体の行事を誤って登録", "w-1");
        var retried = await WithdrawAsync(api, id, "別の自治体の行事を誤って登録", "w-1");
        Assert.Empty(ActivityApi.Codes(withdrawn));
        Assert.Equal(withdrawn.ToJsonString(), retried.ToJsonString());

        var after = await fixture.Host.QueryAsync(Figures, new { code, p = prefecture, y = LastYear }, officer);
        Assert.Equal((0, 0), Awareness(after["municipality"]!));
        Assert.Equal(0, Evidence(after));
        var (prefectureBefore, sessionsBefore) = Awareness(before["prefecture"]!);
        Assert.Equal((prefectureBefore - 7, sessionsBefore - 1), Awareness(after["prefecture"]!));
    }

    private static (int Participants, int Sessions) Awareness(System.Text.Json.Nodes.JsonNode area)
    {
        var row = area["statistics"]!["activities"]!.AsArray().Single(a => (string)a!["kind"]! == "AWARENESS_EVENT")!;
        return ((int)row["participants"]!["value"]!, (int)row["sessions"]!);
    }

    private static int Evidence(System.Text.Json.Nodes.JsonNode data) =>
        (int)data["municipality"]!["functionDelivery"]!.AsArray().Single(f => (string)f!["function"]! == "PUBLIC_AWARENESS")!["evidenceCount"]!;

    private async Task<System.Text.Json.Nodes.JsonNode> WithdrawAsync(ActivityApi api, string id, string reason, string? clientMutationId) =>
        (await fixture.Host.QueryAsync(
            """mutation($id: ID!, $r: String!, $c: String) { withdrawActivity(input: { activityId: $id, reason: $r, clientMutationId: $c }) { activity { id participants } errors { code } } }""",
            new { id, r = reason, c = clientMutationId }, api.Token))["withdrawActivity"]!;
}
