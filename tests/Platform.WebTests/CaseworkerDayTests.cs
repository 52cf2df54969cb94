namespace Platform.WebTests;

/// <summary>A caseworker's day done by clicking, and the case file staying inside its municipality.</summary>
[Collection(WebCollection.Name)]
public sealed class CaseworkerDayTests(WebAppFixture web) : WebTest(web)
{
    private const string Nishitokyo = "132292";
    private const string Chiyoda = "131016";

    [Fact]
    public async Task ACaseworkersDay_IntakeContactReferralConsentClose_ByClicking()
    {
        await SignInAsync(Page, Nishitokyo, "Caseworker");
        await Page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "新規受付" }).ClickAsync();

        // Intake: the mother calls; the person stays unnamed. A birth year out of range is refused
        // beside its field and everything typed stays.
        await Page.GetByLabel("本人との続柄").FillAsync("母");
        await Page.GetByLabel("8050世帯（80代前後の親が50代前後の本人を支えている）").CheckAsync();
        await Page.GetByLabel("本人のふりがな").FillAsync("にしとうきょう はなこ");
        await Page.GetByLabel("本人の生まれ年（西暦）").FillAsync("1800");
        await Page.GetByRole(AriaRole.Button, new() { Name = "受け付ける" }).ClickAsync();
        var birthYear = Page.GetByRole(AriaRole.Textbox, new() { Name = "本人の生まれ年（西暦）" });
        await Assertions.Expect(birthYear).ToHaveAttributeAsync("aria-invalid", "true");
        await Assertions.Expect(Page.GetByText("生まれ年が範囲外です（5歳から110歳の範囲で入れてください）。")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByLabel("本人のふりがな")).ToHaveValueAsync("にしとうきょう はなこ");
        await Assertions.Expect(Page.GetByLabel("本人との続柄")).ToHaveValueAsync("母");
        await AssertAccessibleAsync(Page);

        await birthYear.FillAsync("1975");
        await Page.GetByRole(AriaRole.Button, new() { Name = "受け付ける" }).ClickAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^ケース \d{4}-\d{6}$"));
        await Assertions.Expect(Page.GetByText("状態：受付")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("8050世帯に該当します。")).ToBeVisibleAsync();

        // A contact on the timeline.
        await Page.GetByRole(AriaRole.Button, new() { Name = "相談・支援記録を追加" }).ClickAsync();
        await Page.GetByLabel("方法").SelectOptionAsync(new SelectOptionValue { Label = "電話" });
        await Page.GetByLabel("相手").SelectOptionAsync(new SelectOptionValue { Label = "家族" });
        await Page.GetByLabel("所要時間（分）").FillAsync("30");
        await Page.GetByLabel("記録の内容").FillAsync("母から電話。本人は日中ほとんど自室で過ごしている。");
        await AssertAccessibleAsync(Page);
        await Page.GetByRole(AriaRole.Button, new() { Name = "記録を保存" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("母から電話。本人は日中ほとんど自室で過ごしている。")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("全1件中 1件を表示")).ToBeVisibleAsync();

        // A referral, then its outcome.
        await Page.GetByRole(AriaRole.Button, new() { Name = "つなぎ先を追加" }).ClickAsync();
        await Page.GetByRole(AriaRole.Combobox, new() { Name = "つなぎ先", Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "地域若者サポートステーション" });
        await Page.GetByLabel("機関名", new() { Exact = true }).FillAsync("にしとうきょう若者サポートステーション");
        await Page.GetByRole(AriaRole.Button, new() { Name = "つなぎ先を保存" }).ClickAsync();
        var referral = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "にしとうきょう若者サポートステーション" });
        await Assertions.Expect(referral.GetByRole(AriaRole.Cell, new() { Name = "調整中", Exact = true })).ToBeVisibleAsync();
        await referral.GetByLabel("結果を記録").SelectOptionAsync(new SelectOptionValue { Label = "つながった" });
        await referral.GetByRole(AriaRole.Button, new() { Name = "結果を保存" }).ClickAsync();
        await Assertions.Expect(referral.GetByRole(AriaRole.Cell, new() { Name = "つながった", Exact = true })).ToBeVisibleAsync();

        // The person's consent to information sharing needs the agency's name: refused beside it first.
        await Page.GetByRole(AriaRole.Button, new() { Name = "同意を記録" }).ClickAsync();
        await Page.GetByLabel("目的").SelectOptionAsync(new SelectOptionValue { Label = "関係機関との情報共有" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "同意を保存" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("関係機関との情報共有の同意には機関名が必要です。")).ToBeVisibleAsync();
        await Page.GetByLabel("情報を共有する機関名").FillAsync("にしとうきょう若者サポートステーション");
        await Page.GetByRole(AriaRole.Button, new() { Name = "同意を保存" }).ClickAsync();
        var consent = Page.GetByRole(AriaRole.Row).Filter(new() { HasText = "関係機関との情報共有（にしとうきょう若者サポートステーション）" });
        await Assertions.Expect(consent.GetByRole(AriaRole.Cell, new() { Name = "有効", Exact = true })).ToBeVisibleAsync();
        await ScreenshotAsync(Page, "case-detail");

        // Closing with a reason.
        await Page.GetByLabel("終結の理由").SelectOptionAsync(new SelectOptionValue { Label = "居場所につながった" });
        await Page.GetByRole(AriaRole.Button, new() { Name = "終結する" }).ClickAsync();
        await Assertions.Expect(Page.GetByText("状態：終結")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("（居場所につながった）")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByRole(AriaRole.Button, new() { Name = "相談・支援記録を追加" })).ToHaveCountAsync(0);
        await AssertAccessibleAsync(Page);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task TheSameCase_IsInvisible_WhenSignedInAsAnotherMunicipality()
    {
        var kana = "べつのまちの ひと";
        var opened = await Web.Platform.QueryAsync(
            "mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id caseNumber } errors { code } } }",
            new { input = new { openedOn = DateTime.UtcNow.AddHours(9).ToString("yyyy-MM-dd"), referralSource = "FAMILY", subject = new { name = "西東京 花子", kana } } },
            Web.Platform.Token(Nishitokyo, "Caseworker"));
        var caseId = (string)opened["openCase"]!["case"]!["id"]!;
        var caseNumber = (string)opened["openCase"]!["case"]!["caseNumber"]!;

        await SignInAsync(Page, Chiyoda, "Caseworker", "Supervisor");
        await Page.GotoAsync($"/cases/{Uri.EscapeDataString(caseId)}");

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("ケースを表示できません");
        await Assertions.Expect(Page.GetByText("この情報を見る権限がありません。")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText("西東京 花子")).ToHaveCountAsync(0);
        await Assertions.Expect(Page.GetByText(kana)).ToHaveCountAsync(0);

        await Page.GotoAsync($"/cases?q={Uri.EscapeDataString(kana)}");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("ケース一覧");
        await Assertions.Expect(Page.GetByText("該当するケースはありません。")).ToBeVisibleAsync();
        await Assertions.Expect(Page.GetByText(caseNumber)).ToHaveCountAsync(0);

        // The owner still sees it.
        await Page.EvaluateAsync("() => sessionStorage.clear()");
        await SignInAsync(Page, Nishitokyo, "Caseworker");
        await Page.GotoAsync($"/cases/{Uri.EscapeDataString(caseId)}");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync($"ケース {caseNumber}");
        await Assertions.Expect(Page.GetByText("西東京 花子")).ToBeVisibleAsync();
        Assert.Empty(PageErrors);
    }

}
