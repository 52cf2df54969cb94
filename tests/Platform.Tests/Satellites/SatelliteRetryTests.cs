using static Platform.Tests.Satellites.SatelliteApi;

namespace Platform.Tests.Satellites;

/// <summary>
/// A retried mutation applies nothing twice and answers with the object as it stands now, read
/// again, never a reply stored when it was first applied (Aomori's 023043; no other test uses it).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class SatelliteRetryTests(PlatformFixture fixture)
{
    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task RetriedEstablishAndExtend_AfterALaterChange_AnswerWithTheSatelliteAsItIsNow_AndApplyNothingTwice()
    {
        var officer = Host.Token("020001", Roles.PrefecturalOfficer);
        var first = await EstablishAsync(Host, officer, "023043", "2025-05-01", clientMutationId: "est-023043");
        Assert.Empty(first["errors"]!.AsArray());
        var id = (string)first["satellite"]!["id"]!;
        Assert.Equal("2027-05-01", (string)first["satellite"]!["plannedTransitionOn"]!);

        var extend = "mutation($id: ID!, $c: String) { extendSatellite(input: { satelliteId: $id, plannedTransitionOn: \"2027-09-01\", reason: \"採用が遅れる\", clientMutationId: $c }) { satellite { plannedTransitionOn history { kind } } errors { code } } }";
        var extended = (await Host.QueryAsync(extend, new { id, c = "ext-023043" }, officer))["extendSatellite"]!;
        Assert.Empty(extended["errors"]!.AsArray());
        var closed = await ChangeAsync(Host, officer, "closeSatellite", id, $"closedOn: \"{Date(Today())}\", reason: \"事業を見直す\"");
        Assert.Empty(closed["errors"]!.AsArray());

        // The retries see the closure made since, not the replies of their first run.
        var establishAgain = await EstablishAsync(Host, officer, "023043", "2025-05-01", clientMutationId: "est-023043");
        Assert.Empty(establishAgain["errors"]!.AsArray());
        Assert.Equal(id, (string)establishAgain["satellite"]!["id"]!);
        Assert.Equal("CLOSED", (string)establishAgain["satellite"]!["status"]!);
        Assert.Equal("2027-09-01", (string)establishAgain["satellite"]!["plannedTransitionOn"]!);

        var extendAgain = (await Host.QueryAsync(extend, new { id, c = "ext-023043" }, officer))["extendSatellite"]!;
        Assert.Empty(extendAgain["errors"]!.AsArray());
        Assert.Equal(["ESTABLISHED", "EXTENDED", "CLOSED"], extendAgain["satellite"]!["history"]!.AsArray().Select(e => (string)e!["kind"]!));
    }
}
