using static Platform.Tests.Satellites.SatelliteApi;

namespace Platform.Tests.Satellites;

/// <summary>
/// The satellite life cycle over HTTP, as Aomori's prefectural officers work it (prefecture 02;
/// each test takes its own municipality, and no other test uses Aomori).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SatelliteLifecycleTests(PlatformFixture fixture)
{
    private const string Aomori = "020001";
    private const string Iwate = "030007";

    private PlatformHost Host => fixture.Host;

    private string Officer => Host.Token(Aomori, Roles.PrefecturalOfficer);

    [Fact]
    public async Task EstablishSatellite_ByItsPrefecture_OperatesFromItsDate_AndIsDueTwoYearsLater()
    {
        var payload = await EstablishAsync(Host, Officer, "022021", "2025-05-01");

        Assert.Empty(payload["errors"]!.AsArray());
        var satellite = payload["satellite"]!;
        Assert.Equal("OPERATING", (string)satellite["status"]!);
        Assert.Equal("2027-05-01", (string)satellite["plannedTransitionOn"]!);
        Assert.Equal(new DateOnly(2027, 5, 1).DayNumber - Today().DayNumber, (int)satellite["daysUntilTransition"]!);
        Assert.Equal("ESTABLISHED", (string)satellite["history"]![0]!["kind"]!);

        var listed = await Host.QueryAsync("""{ prefecture(code: "02") { satellites(status: OPERATING) { nodes { id municipality { code } } } } }""", token: Officer);
        Assert.Contains(listed["prefecture"]!["satellites"]!["nodes"]!.AsArray(), n => (string)n!["id"]! == (string)satellite["id"]!);

        var again = await EstablishAsync(Host, Officer, "022021", "2025-06-01");
        Assert.Equal("SATELLITE_EXISTS", ErrorCode(again));

        // Another prefecture's officer, the host municipality's staff, or the prefecture's own
        // caseworker (a role the satellite's rule does not name) cannot read it by id.
        foreach (var token in new[] { Host.Token(Iwate, Roles.PrefecturalOfficer), Host.Token("022021", Roles.TenantAdmin), Host.Token(Aomori, Roles.Caseworker) })
        {
            var (_, body) = await Host.PostAsync("""query($id: ID!) { node(id: $id) { ... on Satellite { status } } }""", new { id = (string)satellite["id"]! }, token);
            Assert.Equal("FORBIDDEN", (string?)body["errors"]?[0]?["extensions"]?["code"]);
        }
    }

    [Fact]
    public async Task EstablishSatellite_WithTheSameClientMutationId_CreatesOneSatellite()
    {
        var first = await EstablishAsync(Host, Officer, "022098", "2025-07-01", clientMutationId: "est-022098");
        var retry = await EstablishAsync(Host, Officer, "022098", "2025-07-01", clientMutationId: "est-022098");

        Assert.Equal((string)first["satellite"]!["id"]!, (string)retry["satellite"]!["id"]!);
        var listed = await Host.QueryAsync("""{ prefecture(code: "02") { satellites { nodes { municipality { code } } } } }""", token: Officer);
        Assert.Single(listed["prefecture"]!["satellites"]!["nodes"]!.AsArray(), n => (string)n!["municipality"]!["code"]! == "022098");
    }

    [Fact]
    public async Task EstablishSatellite_ByAnotherPrefectureOrByAMunicipality_IsForbidden()
    {
        foreach (var token in new[] { Host.Token(Iwate, Roles.PrefecturalOfficer), Host.Token("022012", Roles.TenantAdmin), Host.Token(Iwate, Roles.TenantAdmin) })
        {
            var (_, body) = await Host.PostAsync("""mutation { establishSatellite(input: { municipalityCode: "022101", establishedOn: "2025-05-01" }) { errors { code } } }""", token: token);
            Assert.Equal("FORBIDDEN", (string?)body["errors"]?[0]?["extensions"]?["code"]);

            var (_, list) = await Host.PostAsync("""{ prefecture(code: "02") { satellites { totalCount } } }""", token: token);
            Assert.Equal("FORBIDDEN", (string?)list["errors"]?[0]?["extensions"]?["code"]);
        }

        var (_, anonymous) = await Host.PostAsync("""{ prefecture(code: "02") { satellites { totalCount } } }""");
        Assert.Equal("UNAUTHENTICATED", (string?)anonymous["errors"]?[0]?["extensions"]?["code"]);
        var satellites = await Host.QueryAsync("""{ prefecture(code: "02") { satellites { nodes { municipality { code } } } } }""", token: Officer);
        Assert.DoesNotContain(satellites["prefecture"]!["satellites"]!["nodes"]!.AsArray(), n => (string)n!["municipality"]!["code"]! == "022101");
    }

    [Fact]
    public async Task EstablishSatellite_WhereTheMunicipalityRunsAProgram_IsRefused()
    {
        var designated = await Host.QueryAsync(
            """mutation { designateProgram(input: { municipalityCode: "022047", fiscalYear: 2025, tier: SUPPORT_PROJECT, functions: [CONSULTATION] }) { errors { code } } }""",
            token: Officer);
        Assert.Empty(designated["designateProgram"]!["errors"]!.AsArray());

        Assert.Equal("MUNICIPALITY_HAS_PROGRAM", ErrorCode(await EstablishAsync(Host, Officer, "022047", "2025-06-01")));
        Assert.Equal("DATE_OUT_OF_RANGE", ErrorCode(await EstablishAsync(Host, Officer, "022047", "2026-06-01", "2026-05-01")));
    }

    [Fact]
    public async Task ExtendSatellite_NeedsAReasonAndALaterDate_AndKeepsEveryExtensionInTheHistory()
    {
        var id = await EstablishedIdAsync(Host, Officer, "022055", "2025-04-01");

        Assert.Equal("REASON_REQUIRED", ErrorCode(await ChangeAsync(Host, Officer, "extendSatellite", id, """plannedTransitionOn: "2027-10-01", reason: " " """)));
        Assert.Equal("EXTENSION_NOT_LATER", ErrorCode(await ChangeAsync(Host, Officer, "extendSatellite", id, """plannedTransitionOn: "2027-03-31", reason: "早めたい" """)));
        var extended = await ChangeAsync(Host, Officer, "extendSatellite", id, """plannedTransitionOn: "2027-10-01", reason: "市の専門職採用が年度途中になるため" """);
        var again = await ChangeAsync(Host, Officer, "extendSatellite", id, """plannedTransitionOn: "2028-04-01", reason: "議会の予算承認待ち" """);

        Assert.Empty(extended["errors"]!.AsArray());
        var history = again["satellite"]!["history"]!.AsArray();
        Assert.Equal(["ESTABLISHED", "EXTENDED", "EXTENDED"], history.Select(h => (string)h!["kind"]!));
        Assert.Equal("市の専門職採用が年度途中になるため", (string)history[1]!["reason"]!);
        Assert.Equal("2027-10-01", (string)history[1]!["plannedTransitionOn"]!);
        Assert.Equal("2028-04-01", (string)again["satellite"]!["plannedTransitionOn"]!);
    }

    [Fact]
    public async Task CloseSatellite_PlannedOne_TakesNoCases_CannotBeHandedOver_AndCanBeCalledOff()
    {
        var start = Today().AddDays(60);
        var id = await EstablishedIdAsync(Host, Officer, "022071", Date(start));
        var staff = Host.Token(Aomori, Roles.Supervisor);

        var opened = await Host.QueryAsync(
            """mutation($s: ID!) { openCase(input: { openedOn: "2025-04-01", referralSource: FAMILY, satelliteId: $s }) { case { id } errors { code } } }""",
            new { s = id }, staff);
        Assert.Equal("SATELLITE_NOT_OPERATING", (string)opened["openCase"]!["errors"]![0]!["code"]!);
        var transition = await ChangeAsync(Host, Officer, "transitionSatellite", id, $"""transitionedOn: "{Date(Today())}", tier: SUPPORT_PROJECT, functions: [CONSULTATION] """);
        Assert.Equal("SATELLITE_NOT_OPERATING", ErrorCode(transition));

        var closed = await ChangeAsync(Host, Officer, "closeSatellite", id, $"""closedOn: "{Date(Today())}", reason: "町が直営で開始" """);
        Assert.Equal("CLOSED", (string)closed["satellite"]!["status"]!);
        Assert.Null(closed["satellite"]!["daysUntilTransition"]);
        Assert.Equal("SATELLITE_NOT_ACTIVE", ErrorCode(await ChangeAsync(Host, Officer, "closeSatellite", id, $"""closedOn: "{Date(Today())}", reason: "x" """)));
    }

    [Fact]
    public async Task ChangeSatellite_WithAnIdThatIsNoSatellite_IsBadInput_AndAnUnknownOne_IsNotFound()
    {
        var (_, bad) = await Host.PostAsync("""mutation { closeSatellite(input: { satelliteId: "bm9wZQ", closedOn: "2025-04-01", reason: "x" }) { errors { code } } }""", token: Officer);
        Assert.Equal("BAD_USER_INPUT", (string?)bad["errors"]?[0]?["extensions"]?["code"]);

        var unknown = Convert.ToBase64String("Satellite:023019-9"u8.ToArray()).TrimEnd('=');
        var (_, missing) = await Host.PostAsync($$"""mutation { closeSatellite(input: { satelliteId: "{{unknown}}", closedOn: "2025-04-01", reason: "x" }) { errors { code } } }""", token: Officer);
        Assert.Equal("NOT_FOUND", (string?)missing["errors"]?[0]?["extensions"]?["code"]);
    }
}
