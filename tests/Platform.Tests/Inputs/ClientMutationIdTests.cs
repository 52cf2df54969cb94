namespace Platform.Tests.Inputs;

/// <summary>
/// Every mutation goes through one pipeline: a clientMutationId over 100 characters is refused
/// with <c>TOO_LONG</c> in the payload, before the mutation looks up its target, with no id
/// echoed, whatever the mutation and whatever else is wrong with its input.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ClientMutationIdTests(PlatformFixture fixture)
{
    private static readonly string TooLong = new('x', 101);

    // Each input names a target that does not exist or is malformed: the id's length is what
    // the pipeline answers first.
    public static TheoryData<string, string> Mutations => new()
    {
        { "recordContact", """{ "caseId": "no-case", "at": "2025-04-01T10:00:00+09:00", "channel": "PHONE", "with": "PERSON" }""" },
        { "extendSatellite", """{ "satelliteId": "no-satellite", "plannedTransitionOn": "2026-03-31", "reason": "r" }""" },
        { "respondToConsultation", """{ "consultationId": "no-consultation", "advice": "a" }""" },
        { "completeTask", """{ "workItemId": "no-item" }""" },
        { "withdrawActivity", """{ "activityId": "no-activity", "reason": "r" }""" },
        { "markNotificationsRead", """{ "ids": [] }""" },
        { "establishSatellite", """{ "municipalityCode": "bad", "establishedOn": "2025-04-01" }""" },
        { "reportRequestStatus", """{ "municipalityCode": "bad", "fiscalYear": 2025, "deskClarified": true, "deskPublicized": true, "factFindingSurvey": false, "municipalPlatform": false }""" },
    };

    [Theory]
    [MemberData(nameof(Mutations))]
    public async Task Mutation_WithATooLongClientMutationId_IsRefusedWithTooLong_BeforeItsTargetIsLookedUp(string mutation, string inputJson)
    {
        var token = fixture.Host.Token(CaseTenants.Next(), Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer);
        var input = JsonNode.Parse(inputJson)!.AsObject();
        input["clientMutationId"] = TooLong;
        var inputType = char.ToUpperInvariant(mutation[0]) + mutation[1..] + "Input";

        var (_, body) = await fixture.Host.PostAsync(
            $"mutation($input: {inputType}!) {{ {mutation}(input: $input) {{ clientMutationId errors {{ code field }} }} }}", new { input }, token);

        Assert.Null(body["errors"]);
        var payload = body["data"]![mutation]!;
        Assert.Null(payload["clientMutationId"]);
        var error = Assert.Single(payload["errors"]!.AsArray())!;
        Assert.Equal("TOO_LONG", (string)error["code"]!);
        Assert.Equal(["input", "clientMutationId"], error["field"]!.AsArray().Select(f => (string)f!));
    }
}
