using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Notifications;

/// <summary>What raises notices across tenants: consultations and satellite alerts reach the right feeds.</summary>
[Collection(PlatformCollection.Name)]
public sealed class NoticeSourceTests(PlatformFixture fixture)
{
    private const string Feed = "{ notifications(first: 100) { nodes { kind objectType objectId } } }";

    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task AConsultation_ReachesThePrefecturesOfficers_AndTheAnswerReachesTheWorkerWhoAsked()
    {
        var municipality = CaseTenants.Next();
        var prefecture = TenantDirectory.Instance.Prefecture(TenantDirectory.Instance.Municipality(municipality)!.PrefectureCode)!.LgCode;
        var worker = new CaseApi(Host, municipality);
        var officer = new CaseApi(Host, prefecture, Roles.PrefecturalOfficer);
        var caseId = (string)(await worker.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY" }))["id"]!;
        await worker.ChangeAsync("recordConsent", new { caseId, purpose = "PREFECTURAL_CONSULTATION", givenBy = "PERSON", givenOn = Iso(Today) });
        var asked = await worker.QueryAsync("""mutation($c: ID!) { requestConsultation(input: { caseId: $c, question: "訪問の頻度について" }) { consultation { id } errors { code } } }""", new { c = caseId });
        var consultationId = (string)asked["requestConsultation"]!["consultation"]!["id"]!;

        var received = await WaitForAsync(officer, n => (string)n["objectId"]! == consultationId);
        Assert.Equal(("CONSULTATION_RECEIVED", "Consultation"), ((string)received["kind"]!, (string)received["objectType"]!));
        Assert.DoesNotContain(await FeedAsync(worker), n => (string)n["kind"]! == "CONSULTATION_RECEIVED");

        await officer.QueryAsync("""mutation($id: ID!) { respondToConsultation(input: { consultationId: $id, advice: "家族面談を重ねてください" }) { errors { code } } }""", new { id = consultationId });
        var answered = await WaitForAsync(worker, n => (string)n["objectId"]! == consultationId);
        Assert.Equal("CONSULTATION_ANSWERED", (string)answered["kind"]!);
    }

    [Fact]
    public async Task ASatelliteAlert_ReachesThePrefecturesOfficers_AndTheHostMunicipality()
    {
        var municipality = CaseTenants.Next();
        var prefecture = TenantDirectory.Instance.Prefecture(TenantDirectory.Instance.Municipality(municipality)!.PrefectureCode)!.LgCode;
        var officer = new CaseApi(Host, prefecture, Roles.PrefecturalOfficer);
        var established = await Satellites.SatelliteApi.EstablishAsync(Host, officer.Token, municipality, Iso(Today), Iso(Today.AddDays(100)));
        var satelliteId = (string)established["satellite"]!["id"]!;

        var atPrefecture = await WaitForAsync(officer, n => (string)n["objectId"]! == satelliteId);
        Assert.Equal(("SATELLITE_ALERT", "Satellite"), ((string)atPrefecture["kind"]!, (string)atPrefecture["objectType"]!));
        await WaitForAsync(new CaseApi(Host, municipality, Roles.TenantAdmin), n => (string)n["objectId"]! == satelliteId);
        await WaitForAsync(new CaseApi(Host, municipality, Roles.Supervisor), n => (string)n["objectId"]! == satelliteId);
        Assert.Empty(await FeedAsync(new CaseApi(Host, municipality)));
    }

    [Fact]
    public async Task ATransfer_ReachesTheReceivingTenantsSupervisors_Only()
    {
        var (from, to) = (CaseTenants.Next(), CaseTenants.Next());
        var sender = new CaseApi(Host, from, Roles.Supervisor);
        var caseId = (string)(await sender.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY" }))["id"]!;
        await sender.ChangeAsync("recordConsent", new { caseId, purpose = "TRANSFER", givenBy = "PERSON", givenOn = Iso(Today) });
        await sender.ChangeAsync("transferCase", new { caseId, targetTenantCode = to });

        var receiver = new CaseApi(Host, to, Roles.Supervisor);
        var notice = await WaitForAsync(receiver, n => (string)n["kind"]! == "TRANSFER_RECEIVED");
        Assert.Equal("Case", (string)notice["objectType"]!);
        var received = await receiver.QueryAsync("query($id: ID!) { case(id: $id) { tenantCode transferredFrom } }", new { id = (string)notice["objectId"]! });
        Assert.Equal(to, (string)received["case"]!["tenantCode"]!);
        Assert.Empty(await FeedAsync(new CaseApi(Host, to)));
        Assert.DoesNotContain(await FeedAsync(sender), n => (string)n["kind"]! == "TRANSFER_RECEIVED");
    }

    [Fact]
    public async Task AGrantCondition_Decided_ByADesignationOrByTime_ReachesTheMunicipalitysAdmins_AndThePrefecturesOfficers()
    {
        var officer = new CaseApi(Host, "040002", Roles.PrefecturalOfficer);
        var year = UniqueFiscalYear.Next();
        await officer.QueryAsync($$"""mutation { grantPreparationSupport(input: { municipalityCode: "042072", fiscalYear: {{year}}, items: [{ item: EQUIPMENT, amountYen: 300000 }], committedTier: SUPPORT_PROJECT }) { errors { code } } }""");
        var met = Platform.GraphQL.Relay.NodeId.Encode("PreparationGrant", $"042072-{year}");
        var admin = new CaseApi(Host, "042072", Roles.TenantAdmin);
        Assert.DoesNotContain(await FeedAsync(admin), n => (string)n["objectId"]! == met);

        await officer.QueryAsync($$"""mutation { designateProgram(input: { municipalityCode: "042072", fiscalYear: {{year + 1}}, tier: SUPPORT_PROJECT, functions: [CONSULTATION] }) { errors { code } } }""");
        Assert.Equal(("GRANT_CONDITION_DECIDED", "PreparationGrant"), Kind(await WaitForAsync(admin, n => (string)n["objectId"]! == met)));
        Assert.Equal(("GRANT_CONDITION_DECIDED", "PreparationGrant"), Kind(await WaitForAsync(officer, n => (string)n["objectId"]! == met)));

        // FY2022's grant: FY2023 ended without a program in 042081, so it is decided (not met) at once.
        await officer.QueryAsync("""mutation { grantPreparationSupport(input: { municipalityCode: "042081", fiscalYear: 2022, items: [{ item: EQUIPMENT, amountYen: 300000 }], committedTier: SUPPORT_PROJECT }) { errors { code } } }""");
        var notMet = Platform.GraphQL.Relay.NodeId.Encode("PreparationGrant", "042081-2022");
        await WaitForAsync(new CaseApi(Host, "042081", Roles.TenantAdmin), n => (string)n["objectId"]! == notMet);
        Assert.Empty(await FeedAsync(new CaseApi(Host, "042081", Roles.Supervisor)));
    }

    private static (string, string) Kind(JsonNode notice) => ((string)notice["kind"]!, (string)notice["objectType"]!);

    private static async Task<List<JsonNode>> FeedAsync(CaseApi caller) =>
        [.. (await caller.QueryAsync(Feed))["notifications"]!["nodes"]!.AsArray().Select(n => n!)];

    private static async Task<JsonNode> WaitForAsync(CaseApi caller, Func<JsonNode, bool> match)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if ((await FeedAsync(caller)).FirstOrDefault(match) is { } found)
            {
                return found;
            }

            Assert.True(DateTime.UtcNow < deadline, "the notice did not arrive");
            await Task.Delay(200);
        }
    }
}
