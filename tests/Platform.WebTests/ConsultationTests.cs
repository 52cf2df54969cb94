namespace Platform.WebTests;

/// <summary>A prefectural officer answers a municipality's back-office consultation from the inbox.</summary>
[Collection(WebCollection.Name)]
public sealed class ConsultationTests(WebAppFixture web) : WebTest(web)
{
    [Fact]
    public async Task APrefecturalOfficer_AnswersAConsultation_SeeingOnlyThePseudonymisedSummary()
    {
        var platform = Web.Platform;
        var worker = platform.Token("132292", "Caseworker");
        var today = DateTime.UtcNow.AddHours(9).ToString("yyyy-MM-dd");
        var question = $"訪問の進め方について助言をください（{Guid.NewGuid():N}）";
        var opened = await platform.QueryAsync(
            "mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } errors { code } } }",
            new { input = new { openedOn = today, referralSource = "FAMILY", subject = new { name = "相談 太郎", kana = "そうだん たろう", ageBand = "FROM_40_TO_49", gender = "MALE" }, concerns = new[] { "MENTAL_HEALTH" } } },
            worker);
        var caseId = (string)opened["openCase"]!["case"]!["id"]!;
        await platform.QueryAsync(
            "mutation($input: RecordConsentInput!) { recordConsent(input: $input) { errors { code } } }",
            new { input = new { caseId, purpose = "PREFECTURAL_CONSULTATION", givenBy = "PERSON", givenOn = today } }, worker);
        var requested = await platform.QueryAsync(
            "mutation($input: RequestConsultationInput!) { requestConsultation(input: $input) { consultation { id } errors { code } } }",
            new { input = new { caseId, question } }, worker);
        Assert.NotNull(requested["requestConsultation"]!["consultation"]);

        await SignInAsync(Page, "130001", "PrefecturalOfficer");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "市町村からの相談" }).ClickAsync();
        await Page.GetByLabel("表示する相談").SelectOptionAsync(new SelectOptionValue { Label = "回答待ち" });

        var card = Page.GetByRole(AriaRole.Region).Filter(new() { HasText = question });
        await Assertions.Expect(card.GetByText("40代・男性")).ToBeVisibleAsync();
        await Assertions.Expect(card.GetByText("精神的な不調")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("相談 太郎")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByText("そうだん たろう")).ToHaveCountAsync(0);

        await card.GetByRole(AriaRole.Textbox, new() { Name = "助言", Exact = true }).FillAsync("");
        await card.GetByRole(AriaRole.Button, new() { Name = "助言を送る" }).ClickAsync();
        await Assertions.Expect(card.GetByText("助言を入れてください。")).ToBeVisibleAsync();

        const string advice = "まずは家族面談を重ね、本人の関心に合わせた訪問を検討してください。";
        await card.GetByRole(AriaRole.Textbox, new() { Name = "助言", Exact = true }).FillAsync(advice);
        await card.GetByRole(AriaRole.Button, new() { Name = "助言を送る" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("西東京市に助言を送りました。")).ToBeVisibleAsync();

        await Page.GetByLabel("表示する相談").SelectOptionAsync(new SelectOptionValue { Label = "回答済み" });
        var answered = Page.GetByRole(AriaRole.Region).Filter(new() { HasText = question });
        await Assertions.Expect(answered.GetByText(advice)).ToBeVisibleAsync();
        await AssertAccessibleAsync(Page);
        Assert.Empty(PageErrors);

        // The municipality reads the advice on its case.
        var seen = await platform.QueryAsync("query($id: ID!) { case(id: $id) { consultations { status advice { advice } } } }", new { id = caseId }, worker);
        Assert.Equal(advice, (string)seen["case"]!["consultations"]![0]!["advice"]![0]!["advice"]!);
    }
}
