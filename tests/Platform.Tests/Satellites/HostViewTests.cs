using Platform.Tenants.PrefecturalSupport;
using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Satellites;

/// <summary>The host municipality sees its satellite and alerts, and its own preparation grant; no one else's.</summary>
[Collection(PlatformCollection.Name)]
public sealed class HostViewTests(PlatformFixture fixture)
{
    private const string View = """
        query($code: String!) { municipality(code: $code) {
          hostedSatellites { id status establishedOn plannedTransitionOn isOverdue daysUntilTransition alerts { kind satelliteId } }
          preparationGrants { fiscalYear totalYen committedTier conditionStatus } } }
        """;

    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task TheHostMunicipality_SeesItsSatelliteAlertsAndGrant_AndOtherMunicipalitiesDoNot()
    {
        var municipality = CaseTenants.Next();
        var prefectureCode = TenantDirectory.Instance.Municipality(municipality)!.PrefectureCode;
        var officer = Host.Token(TenantDirectory.Instance.Prefecture(prefectureCode)!.LgCode, Roles.PrefecturalOfficer);
        var satelliteId = await SatelliteApi.EstablishedIdAsync(Host, officer, municipality, Iso(Today), Iso(Today.AddDays(100)));
        var year = FiscalYear.Of(Today);
        var granted = await Host.QueryAsync(
            $$"""mutation { grantPreparationSupport(input: { municipalityCode: "{{municipality}}", fiscalYear: {{year}}, items: [{ item: EQUIPMENT, amountYen: 300000 }], committedTier: SUPPORT_STATION }) { errors { code } } }""",
            token: officer);
        Assert.Empty(granted["grantPreparationSupport"]!["errors"]!.AsArray());

        var admin = new CaseApi(Host, municipality, Roles.TenantAdmin);
        JsonNode view;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        do
        {
            view = (await admin.QueryAsync(View, new { code = municipality }))["municipality"]!;
            await Task.Delay(200);
        }
        while (view["hostedSatellites"]![0]?["alerts"]!.AsArray().Count == 0 && DateTime.UtcNow < deadline);

        var satellite = Assert.Single(view["hostedSatellites"]!.AsArray())!;
        Assert.Equal((satelliteId, "OPERATING", Iso(Today.AddDays(100)), 100), ((string)satellite["id"]!, (string)satellite["status"]!, (string)satellite["plannedTransitionOn"]!, (int)satellite["daysUntilTransition"]!));
        Assert.Equal("DUE_180_DAYS", (string)Assert.Single(satellite["alerts"]!.AsArray())!["kind"]!);
        var grant = Assert.Single(view["preparationGrants"]!.AsArray())!;
        Assert.Equal((year, 300000, "SUPPORT_STATION", "PENDING"), ((int)grant["fiscalYear"]!, (int)grant["totalYen"]!, (string)grant["committedTier"]!, (string)grant["conditionStatus"]!));

        // A caseworker of the town sees it too; a neighbour and the prefecture's officer through this field do not.
        Assert.Single((await new CaseApi(Host, municipality).QueryAsync(View, new { code = municipality }))["municipality"]!["hostedSatellites"]!.AsArray());
        var neighbour = new CaseApi(Host, CaseTenants.Next(), Roles.TenantAdmin);
        Assert.Equal("FORBIDDEN", ErrorCode(await neighbour.PostAsync(View, new { code = municipality })));
        Assert.Empty((await neighbour.QueryAsync(View, new { code = neighbour.Tenant }))["municipality"]!["hostedSatellites"]!.AsArray());

        // Past the API: a municipality of another prefecture asking this prefecture's grain is refused.
        var support = Host.Grains.GetGrain<IPrefecturalSupportGrain>(prefectureCode);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Host.As(new Caller("x", "011002", [Roles.TenantAdmin]), support.GetHostView));
        var own = await Host.As(new Caller("x", municipality, [Roles.TenantAdmin]), support.GetHostView);
        Assert.True(Assert.Single(own.Satellites).History.IsEmpty);
    }
}
