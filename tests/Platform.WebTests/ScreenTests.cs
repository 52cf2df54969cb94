namespace Platform.WebTests;

/// <summary>Every screen opens by its address for its role, in Japanese, with one h1, and passes axe; the main ones are pictured for the docs.</summary>
[Collection(WebCollection.Name)]
public sealed class ScreenTests(WebAppFixture web) : WebTest(web)
{
    [Theory]
    [InlineData("public-municipality", "/?m=304271", "", "", "ひきこもりの相談窓口をさがす")]
    [InlineData("signin", "/signin", "", "", "サインイン")]
    [InlineData("work", "/work", "132292", "Caseworker", "今日の仕事")]
    [InlineData("notifications", "/notifications", "132292", "Caseworker", "お知らせ")]
    [InlineData("cases", "/cases", "132292", "Caseworker", "ケース一覧")]
    [InlineData("case-intake", "/cases/new", "132292", "Caseworker", "新規受付")]
    [InlineData("activities", "/activities", "132292", "TenantAdmin", "活動記録・相談窓口")]
    [InlineData("caseload", "/cases/caseload", "132292", "Supervisor", "担当状況")]
    [InlineData("statistics", "/statistics", "132292", "Supervisor", "統計")]
    [InlineData("audit", "/audit", "132292", "Supervisor", "監査ログ（操作記録）")]
    [InlineData("program", "/program", "132292", "TenantAdmin", "事業の実施状況")]
    [InlineData("prefecture", "/prefecture", "130001", "PrefecturalOfficer", "管内の状況（東京都）")]
    [InlineData("prefecture-satellites", "/prefecture/satellites", "130001", "PrefecturalOfficer", "サテライト（都道府県センターのサテライト設置）")]
    [InlineData("prefecture-consultations", "/prefecture/consultations", "130001", "PrefecturalOfficer", "市町村からの相談（後方支援）")]
    [InlineData("nation", "/nation", "nation", "NationalAnalyst", "全国の状況")]
    public async Task Screen_OpensByItsAddress_InJapanese_AndPassesAxe(string name, string path, string tenant, string role, string heading)
    {
        if (tenant.Length > 0)
        {
            await SignInAsync(Page, tenant, role);
        }

        if (path.StartsWith("menu:", StringComparison.Ordinal))
        {
            await Page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = path["menu:".Length..], Exact = true }).ClickAsync();
        }
        else
        {
            await Page.GotoAsync(path);
        }

        var h1 = Page.GetByRole(AriaRole.Heading, new() { Level = 1 });
        await Assertions.Expect(h1).ToHaveCountAsync(1);
        await Assertions.Expect(h1).ToHaveTextAsync(heading);
        await Assertions.Expect(Page.GetByText("読み込み中…")).ToHaveCountAsync(0);
        // A refused request (too complex a query, a refused field) shows as the screen's error list.
        await Assertions.Expect(Page.Locator("main [data-form-errors]")).ToHaveCountAsync(0);
        Assert.Equal("ja", await Page.GetAttributeAsync("html", "lang"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Main)).ToHaveCountAsync(1);
        await AssertAccessibleAsync(Page);
        await ScreenshotAsync(Page, name);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task PublicFinder_FindsKitayamaVillage_AndItsSupportStation()
    {
        await Page.GotoAsync("/");

        await Page.GetByRole(AriaRole.Textbox, new() { Name = "市区町村名・ふりがな・コード" }).FillAsync("北山村");
        await Page.GetByRole(AriaRole.Button, new() { Name = "さがす" }).ClickAsync();
        await Page.GetByRole(AriaRole.Link, new() { Name = "和歌山県 北山村" }).ClickAsync();

        var help = Page.GetByRole(AriaRole.Article);
        await Assertions.Expect(help.GetByRole(AriaRole.Heading, new() { Name = "和歌山県 北山村" })).ToBeVisibleAsync();
        await Assertions.Expect(help.GetByText("ひきこもり支援ステーション事業（令和5年度（2023年度））")).ToBeVisibleAsync();
        await Assertions.Expect(help.GetByRole(AriaRole.Heading, new() { Name = "和歌山県のひきこもり地域支援センター" })).ToBeVisibleAsync();
        await AssertAccessibleAsync(Page);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task ARoleOnAnotherRolesScreen_IsToldItMayNotUseIt()
    {
        await SignInAsync(Page, "132292", "Caseworker");

        await Page.GotoAsync("/nation");

        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("この画面は使えません");
        await Assertions.Expect(Page.GetByRole(AriaRole.Navigation, new() { Name = "メインメニュー" }).GetByRole(AriaRole.Link, new() { Name = "全国の状況" })).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task AnExpiredSignIn_SaysSo_AndLeavesNoToken()
    {
        await Page.GotoAsync("/");
        // A token the silo did not sign: the API answers UNAUTHENTICATED, as for an expired one.
        await Page.EvaluateAsync("() => sessionStorage.setItem('platform.token', 'eyJhbGciOiJFUzI1NiJ9.eyJsZ19jb2RlIjoiMTMyMjkyIiwicm9sZXMiOlsiQ2FzZXdvcmtlciJdLCJleHAiOjk5OTk5OTk5OTl9.c2ln')");

        await Page.GotoAsync("/cases");

        await Assertions.Expect(Page.GetByText("サインインの有効期限が切れました").First).ToBeVisibleAsync();
        Assert.Equal("/signin", new Uri(Page.Url).AbsolutePath);
        Assert.Null(await Page.EvaluateAsync<string?>("() => sessionStorage.getItem('platform.token')"));
    }
}
