namespace Platform.Tests.Access;

/// <summary>
/// A plain query (no variables) that passed validation for one caller skips the rules on its
/// next requests only for callers with the same roles: the same text from a caller with other
/// roles, or from nobody, is judged again, and a mutation's input checks run on every request.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class CachedValidationTests(PlatformFixture fixture)
{
    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task PlainQuery_PassedForASupervisor_IsStillRefusedToACaseworkerAndToNobody()
    {
        // An alias of this test's own, so the text is new to the document cache.
        var query = $"{{ caseloadOf{Guid.NewGuid():N}: caseload {{ __typename }} }}";
        var supervisor = Host.Token("132292", "Supervisor");
        await Host.QueryAsync(query, token: supervisor);
        await Host.QueryAsync(query, token: supervisor);

        Assert.Equal("FORBIDDEN", await ErrorCodeAsync(query, Host.Token("132292", "Caseworker")));
        Assert.Equal("UNAUTHENTICATED", await ErrorCodeAsync(query, token: null));
        Assert.Equal("FORBIDDEN", await ErrorCodeAsync(query, Host.Token("132292", "Caseworker")));

        // A caller with the role and more (another role set) passes on its own.
        await Host.QueryAsync(query, token: Host.Token("132292", "Supervisor", "Caseworker"));
    }

    [Fact]
    public async Task PlainQuery_PassedAnonymously_IsStillRefusedWhereItNeedsARole()
    {
        // Public first, then a staff field in the same text: the text differs, so nothing carries over;
        // the same public text asked by staff is judged for staff.
        var alias = $"m{Guid.NewGuid():N}";
        var open = $"{{ {alias}: municipality(code: \"132292\") {{ name }} }}";
        await Host.QueryAsync(open);
        await Host.QueryAsync(open);
        await Host.QueryAsync(open, token: Host.Token("132292", "Caseworker"));

        var staff = $"{{ {alias}: municipality(code: \"132292\") {{ name }} caseload {{ __typename }} }}";
        Assert.Equal("UNAUTHENTICATED", await ErrorCodeAsync(staff, token: null));
        await Host.QueryAsync(staff, token: Host.Token("132292", "Supervisor"));
        Assert.Equal("UNAUTHENTICATED", await ErrorCodeAsync(staff, token: null));
    }

    [Fact]
    public async Task PlainMutation_WithAControlCharacter_IsRefusedEveryTime_AndOpensNothing()
    {
        var token = Host.Token("132292", "Caseworker");
        var mutation = $$"""mutation { openCase(input: { clientMutationId: "{{Guid.NewGuid():N}}", openedOn: "2025-04-01", referralSource: FAMILY, subject: { kana: "やまだ\u0007たろう" } }) { case { id } errors { code } } }""";
        for (var attempt = 0; attempt < 3; attempt++)
        {
            var payload = (await Host.QueryAsync(mutation, token: token))["openCase"]!;
            Assert.Null(payload["case"]);
            Assert.NotEmpty(payload["errors"]!.AsArray());
        }
    }

    // Refused by validation: the request never executes, so the answer has no data at all (a
    // refusal in a resolver, the next line of defence, would answer "data": null).
    private async Task<string?> ErrorCodeAsync(string query, string? token)
    {
        var (_, body) = await Host.PostAsync(query, token: token);
        Assert.False(body.AsObject().ContainsKey("data"), body.ToJsonString());
        return (string?)body["errors"]?[0]?["extensions"]?["code"];
    }
}
