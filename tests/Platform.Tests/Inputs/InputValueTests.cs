using Platform.Tests.Activities;
using static Platform.Tests.Satellites.SatelliteApi;

namespace Platform.Tests.Inputs;

/// <summary>
/// Every text and date a client sends passes one check at the GraphQL layer, whatever the
/// mutation: control and bidirectional-override characters and dates before 2000 are refused
/// with a stable code and the field's path, and nothing is written (Aomori's 023035 for the
/// satellite; no other test uses it).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class InputValueTests(PlatformFixture fixture)
{
    private PlatformHost Host => fixture.Host;

    [Theory]
    [InlineData("moved\u0000away")]
    [InlineData("moved \u202Eyawa")]
    public async Task CloseSatellite_WithAReasonCarryingNulOrABidiOverride_IsRefused_AndTheSatelliteStaysOperating(string reason)
    {
        var officer = Host.Token("020001", Roles.PrefecturalOfficer);
        var id = await SatelliteIdAsync(officer);

        var data = await Host.QueryAsync(
            "mutation($i: CloseSatelliteInput!) { closeSatellite(input: $i) { satellite { status } errors { code field } } }",
            new { i = new { satelliteId = id, closedOn = Date(Today()), reason } }, officer);

        var error = Assert.Single(data["closeSatellite"]!["errors"]!.AsArray())!;
        Assert.Equal("INVALID_CHARACTERS", (string)error["code"]!);
        Assert.Equal(["input", "reason"], error["field"]!.AsArray().Select(f => (string)f!));
        Assert.Null(data["closeSatellite"]!["satellite"]);
        var read = await Host.QueryAsync("query($id: ID!) { node(id: $id) { ... on Satellite { status history { kind reason } } } }", new { id }, officer);
        Assert.Equal("OPERATING", (string)read["node"]!["status"]!);
        Assert.Single(read["node"]!["history"]!.AsArray());
    }

    [Fact]
    public async Task ExtendSatellite_WithABidiOverrideWrittenInTheQueryItself_IsRefused()
    {
        var officer = Host.Token("020001", Roles.PrefecturalOfficer);
        var id = await SatelliteIdAsync(officer);

        var payload = await ChangeAsync(Host, officer, "extendSatellite", id, "plannedTransitionOn: \"2028-05-01\", reason: \"ok\\u202Eko\"");

        Assert.Equal("INVALID_CHARACTERS", ErrorCode(payload));
        Assert.Null(payload["satellite"]);
    }

    [Fact]
    public async Task ActivityInputs_WithNulOrBidiText_OrADateBefore2000_AreRefused_AndWriteNothing()
    {
        var code = ActivityTenants.Next();
        var api = new ActivityApi(Host, code);

        var place = await Host.QueryAsync(
            "mutation($i: RegisterPlaceOfBelongingInput!) { registerPlaceOfBelonging(input: $i) { placeOfBelonging { id } errors { code field } } }",
            new { i = new { name = "居場所\u0000", isPublic = true, clientMutationId = "place-1" } }, api.Token);
        var placeError = Assert.Single(place["registerPlaceOfBelonging"]!["errors"]!.AsArray())!;
        Assert.Equal("INVALID_CHARACTERS", (string)placeError["code"]!);
        Assert.Equal(["input", "name"], placeError["field"]!.AsArray().Select(f => (string)f!));

        var old = await api.RecordAsync(new { kind = "AWARENESS_EVENT", heldOn = "1999-12-31", participants = 10 });
        Assert.Equal(["DATE_OUT_OF_RANGE"], ActivityApi.Codes(old));
        var desk = await Host.QueryAsync(
            "mutation($i: SetConsultationDeskInput!) { setConsultationDesk(input: $i) { errors { code field } } }",
            new { i = new { name = "相談窓口", phone = "042\u202E-000", publicized = true } }, api.Token);
        var deskError = Assert.Single(desk["setConsultationDesk"]!["errors"]!.AsArray())!;
        Assert.Equal("INVALID_CHARACTERS", (string)deskError["code"]!);
        Assert.Equal(["input", "phone"], deskError["field"]!.AsArray().Select(f => (string)f!));

        var directory = await Host.QueryAsync("query($c: String!) { municipality(code: $c) { consultationDesk { name } placesOfBelonging { name } } }", new { c = code }, api.Token);
        Assert.Empty(directory["municipality"]!["placesOfBelonging"]!.AsArray());
        Assert.Null(directory["municipality"]!["consultationDesk"]);
    }

    [Fact]
    public async Task AQueryArgument_WithANul_FailsAsBadUserInput_NamingTheCodeAndTheArgument()
    {
        var (_, body) = await Host.PostAsync("query($c: String!) { municipality(code: $c) { code } }", new { c = "01\u00002" });

        var error = body["errors"]![0]!;
        Assert.Equal("BAD_USER_INPUT", (string)error["extensions"]!["code"]!);
        Assert.Equal("INVALID_CHARACTERS", (string)error["extensions"]!["detail"]!);
        Assert.Equal(["code"], error["extensions"]!["field"]!.AsArray().Select(f => (string)f!));
    }

    private async Task<string> SatelliteIdAsync(string officer)
    {
        var established = await EstablishAsync(Host, officer, "023035", "2025-05-01");
        if (established["errors"]!.AsArray().Count == 0)
        {
            return (string)established["satellite"]!["id"]!;
        }

        var listed = await Host.QueryAsync("""{ prefecture(code: "02") { satellites(status: OPERATING) { nodes { id municipality { code } } } } }""", token: officer);
        return (string)listed["prefecture"]!["satellites"]!["nodes"]!.AsArray().Single(n => (string)n!["municipality"]!["code"]! == "023035")!["id"]!;
    }
}
