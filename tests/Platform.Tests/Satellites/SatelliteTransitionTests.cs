using static Platform.Tests.Satellites.SatelliteApi;

namespace Platform.Tests.Satellites;

/// <summary>Handing a satellite over, and the nation's view of it (Aomori, municipality 022063 Towada).</summary>
[Collection(PlatformCollection.Name)]
public sealed class SatelliteTransitionTests(PlatformFixture fixture)
{
    private const string Aomori = "020001";

    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task TransitionSatellite_DesignatesTheProgram_MovesConsentedCases_AndListsTheOthersForFollowUp()
    {
        var officer = Host.Token(Aomori, Roles.PrefecturalOfficer);
        var staff = Host.Token(Aomori, Roles.Supervisor);
        var id = await EstablishedIdAsync(Host, officer, "022063", "2025-04-10");
        var consented = await OpenCaseAsync(staff, id, "十和田 一郎");
        var withoutConsent = await OpenCaseAsync(staff, id, "十和田 二郎");
        var closed = await OpenCaseAsync(staff, id, "十和田 三郎");
        await Host.QueryAsync("""mutation($c: ID!) { recordConsent(input: { caseId: $c, purpose: TRANSFER, givenBy: PERSON, givenOn: "2025-05-01" }) { errors { code } } }""", new { c = consented }, staff);
        await Host.QueryAsync("""mutation($c: ID!) { closeCase(input: { caseId: $c, closedOn: "2025-06-01", reason: WORK }) { errors { code } } }""", new { c = closed }, staff);
        var before = await Host.QueryAsync("""{ nation { satelliteSummary { transitioned transitionsByFiscalYear { fiscalYear transitions } } } }""");
        var today = Today();

        var result = await ChangeAsync(Host, officer, "transitionSatellite", id,
            $$"""transitionedOn: "{{Date(today)}}", tier: SUPPORT_STATION, functions: [CONSULTATION, PLACE_OF_BELONGING, NETWORK], operator: { kind: COMMISSIONED, name: "NPO法人とわだ" }, clientMutationId: "handover-022063" """);

        Assert.Empty(result["errors"]!.AsArray());
        var satellite = result["satellite"]!;
        Assert.Equal("TRANSITIONED", (string)satellite["status"]!);
        Assert.Equal(Date(today), (string)satellite["transitionedOn"]!);
        Assert.Equal([consented], satellite["transferredCases"]!.AsArray().Select(c => (string)c!));
        Assert.Equal([withoutConsent], satellite["followUpCases"]!.AsArray().Select(c => (string)c!));

        var fiscalYear = FiscalYear.Of(today);
        var program = await Host.QueryAsync($$"""{ municipality(code: "022063") { program(fiscalYear: {{fiscalYear}}) { tier operator { kind name } } } }""");
        Assert.Equal("SUPPORT_STATION", (string)program["municipality"]!["program"]!["tier"]!);
        Assert.Equal("NPO法人とわだ", (string)program["municipality"]!["program"]!["operator"]!["name"]!);

        var stub = await Host.QueryAsync("""query($c: ID!) { case(id: $c) { status transferredTo subject { name } } }""", new { c = consented }, staff);
        Assert.Equal("TRANSFERRED", (string)stub["case"]!["status"]!);
        Assert.Equal("022063", (string)stub["case"]!["transferredTo"]!);
        Assert.Null(stub["case"]!["subject"]);
        var kept = await Host.QueryAsync("""query($c: ID!) { case(id: $c) { status subject { name } } }""", new { c = withoutConsent }, staff);
        Assert.Equal("十和田 二郎", (string)kept["case"]!["subject"]!["name"]!);

        var towada = await Host.QueryAsync("""{ cases { totalCount nodes { subject { name } satelliteId transferredFrom } } }""", token: Host.Token("022063", Roles.Caseworker));
        var received = Assert.Single(towada["cases"]!["nodes"]!.AsArray());
        Assert.Equal("十和田 一郎", (string)received!["subject"]!["name"]!);
        Assert.Null(received["satelliteId"]);
        Assert.StartsWith($"{Aomori}/", (string)received["transferredFrom"]!, StringComparison.Ordinal);

        var after = await Host.QueryAsync("""{ nation { satelliteSummary { transitioned transitionsByFiscalYear { fiscalYear transitions } prefectures { prefecture { code } transitioned } } } }""");
        Assert.Equal((int)before["nation"]!["satelliteSummary"]!["transitioned"]! + 1, (int)after["nation"]!["satelliteSummary"]!["transitioned"]!);
        Assert.Equal(Transitions(before, fiscalYear) + 1, Transitions(after, fiscalYear));
        Assert.Contains(after["nation"]!["satelliteSummary"]!["prefectures"]!.AsArray(), p => (string)p!["prefecture"]!["code"]! == "02" && (int)p["transitioned"]! >= 1);

        var retry = await ChangeAsync(Host, officer, "transitionSatellite", id,
            $$"""transitionedOn: "{{Date(today)}}", tier: SUPPORT_STATION, functions: [CONSULTATION, PLACE_OF_BELONGING, NETWORK], operator: { kind: COMMISSIONED, name: "NPO法人とわだ" }, clientMutationId: "handover-022063" """);
        Assert.Equal(satellite.ToJsonString(), retry["satellite"]!.ToJsonString());
        Assert.Equal("SATELLITE_NOT_OPERATING", ErrorCode(await ChangeAsync(Host, officer, "transitionSatellite", id, $"""transitionedOn: "{Date(today)}", tier: SUPPORT_PROJECT, functions: [] """)));
    }

    [Fact]
    public async Task TransitionSatellite_WithAProgramTheTierDoesNotAllow_ChangesNothing()
    {
        var officer = Host.Token(Aomori, Roles.PrefecturalOfficer);
        var id = await EstablishedIdAsync(Host, officer, "022080", "2025-04-10");

        var refused = await ChangeAsync(Host, officer, "transitionSatellite", id, $"""transitionedOn: "{Date(Today())}", tier: SUPPORT_STATION, functions: [] """);

        Assert.NotEmpty(refused["errors"]!.AsArray());
        var satellite = await Host.QueryAsync("""query($id: ID!) { node(id: $id) { ... on Satellite { status } } }""", new { id }, officer);
        Assert.Equal("OPERATING", (string)satellite["node"]!["status"]!);
    }

    private static int Transitions(System.Text.Json.Nodes.JsonNode data, int fiscalYear) =>
        data["nation"]!["satelliteSummary"]!["transitionsByFiscalYear"]!.AsArray()
            .Where(t => (int)t!["fiscalYear"]! == fiscalYear).Select(t => (int)t!["transitions"]!).SingleOrDefault();

    private async Task<string> OpenCaseAsync(string token, string satelliteId, string name)
    {
        var opened = await Host.QueryAsync(
            """mutation($s: ID!, $n: String!) { openCase(input: { openedOn: "2025-04-15", referralSource: FAMILY, satelliteId: $s, subject: { name: $n } }) { case { id satelliteId } errors { code } } }""",
            new { s = satelliteId, n = name }, token);
        Assert.Equal(satelliteId, (string)opened["openCase"]!["case"]!["satelliteId"]!);
        return (string)opened["openCase"]!["case"]!["id"]!;
    }
}
