using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Cases;

/// <summary>Editing the intake's facts: kept in the history with the previous values, searchable, idempotent, refused when it must be.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseEditingTests(PlatformFixture fixture)
{
    private const string History = """
        query($id: ID!) { case(id: $id) { history { by action fields reason previousSubject { name kana } previousHousehold { is8050 } previousConcerns previousNotes } } }
        """;

    private const string Search = "query($q: String) { cases(search: $q) { totalCount nodes { id } } }";

    [Fact]
    public async Task UpdateCaseSubject_AddsANameLater_FoundBySearch_WithThePreviousValuesInTheHistory_AndAppliesOnce()
    {
        var worker = new CaseApi(fixture.Host, CaseTenants.Next());
        var id = (string)(await worker.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY", subject = new { kana = "あとで" }, concerns = new[] { "EMPLOYMENT" }, notes = "初回" }))["id"]!;
        Assert.Equal(0, (int)(await worker.QueryAsync(Search, new { q = "なまえ" }))["cases"]!["totalCount"]!);

        var input = new { clientMutationId = "name-1", caseId = id, subject = new { name = "名前 太郎", kana = "なまえ たろう" }, reason = "本人が名乗った" };
        var first = await worker.ChangeAsync("updateCaseSubject", input);
        var again = await worker.MutateAsync("updateCaseSubject", input);
        Assert.Equal("なまえ たろう", (string)first["subject"]!["kana"]!);
        Assert.Equal(first.ToJsonString(), again["case"]!.ToJsonString());
        Assert.Equal(id, (string)(await worker.QueryAsync(Search, new { q = "なまえ" }))["cases"]!["nodes"]![0]!["id"]!);
        Assert.Equal(0, (int)(await worker.QueryAsync(Search, new { q = "あとで" }))["cases"]!["totalCount"]!);

        await worker.ChangeAsync("updateCaseHousehold", new { caseId = id, household = new { is8050 = true, members = new[] { new { relationship = "母" } } } });
        await worker.ChangeAsync("updateCaseConcerns", new { caseId = id, concerns = new[] { "EMPLOYMENT", "MENTAL_HEALTH" } });
        await worker.ChangeAsync("updateCaseNotes", new { caseId = id, notes = "二回目", reason = "誤記の訂正" });

        var history = (await worker.QueryAsync(History, new { id }))["case"]!["history"]!.AsArray();
        Assert.Equal(["update-subject", "update-household", "update-concerns", "update-notes"], history.Select(h => (string)h!["action"]!));
        Assert.Equal(["subject.name", "subject.kana"], history[0]!["fields"]!.AsArray().Select(f => (string)f!));
        Assert.Equal(("あとで", "本人が名乗った", worker.Subject), ((string)history[0]!["previousSubject"]!["kana"]!, (string)history[0]!["reason"]!, (string)history[0]!["by"]!));
        Assert.Null(history[0]!["previousSubject"]!["name"]);
        Assert.Null(history[1]!["previousHousehold"]);
        Assert.Equal(["EMPLOYMENT"], history[2]!["previousConcerns"]!.AsArray().Select(c => (string)c!));
        Assert.Equal(("初回", "誤記の訂正"), ((string)history[3]!["previousNotes"]!, (string)history[3]!["reason"]!));

        // Another tenant's staff cannot read this history.
        var stranger = new CaseApi(fixture.Host, CaseTenants.Next());
        Assert.Equal("FORBIDDEN", ErrorCode(await stranger.PostAsync(History, new { id })));
    }

    [Fact]
    public async Task Edits_WithBadInput_NoChange_OrOnAClosedCase_AreRefused_AndLeaveNoHistory()
    {
        var worker = new CaseApi(fixture.Host, CaseTenants.Next());
        var id = (string)(await worker.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY", notes = "n" }))["id"]!;

        Assert.Equal(TextRules.InvalidCharacters, (string)(await worker.RefusedAsync("updateCaseSubject", new { caseId = id, subject = new { name = "a\u202Eb" } }))["code"]!);
        Assert.Equal(TextRules.InvalidCharacters, (string)(await worker.RefusedAsync("updateCaseNotes", new { caseId = id, notes = "ok", reason = "bad\u0000" }))["code"]!);
        Assert.Equal("DUPLICATE_CONCERN", (string)(await worker.RefusedAsync("updateCaseConcerns", new { caseId = id, concerns = new[] { "MENTAL_HEALTH", "MENTAL_HEALTH" } }))["code"]!);
        Assert.Equal("TOO_LONG", (string)(await worker.RefusedAsync("updateCaseNotes", new { caseId = id, notes = new string('x', 4001) }))["code"]!);
        Assert.Equal("NOTHING_CHANGED", (string)(await worker.RefusedAsync("updateCaseNotes", new { caseId = id, notes = " n " }))["code"]!);
        Assert.Empty((await worker.QueryAsync(History, new { id }))["case"]!["history"]!.AsArray());

        await worker.ChangeAsync("closeCase", new { caseId = id, closedOn = Iso(Today), reason = "OTHER" });
        Assert.Equal("CASE_NOT_OPEN", (string)(await worker.RefusedAsync("updateCaseNotes", new { caseId = id, notes = "after" }))["code"]!);
        Assert.Equal("CASE_NOT_OPEN", (string)(await worker.RefusedAsync("updateCaseHousehold", new { caseId = id, household = new { is8050 = true } }))["code"]!);
        var closed = (await worker.CaseAsync(id))!;
        Assert.Equal("n", (string)closed["notes"]!);
        Assert.Empty((await worker.QueryAsync(History, new { id }))["case"]!["history"]!.AsArray());
    }
}
