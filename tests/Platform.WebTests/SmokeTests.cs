namespace Platform.WebTests;

/// <summary>The app is served by the silo, loads, talks to the API and passes axe.</summary>
[Collection(WebCollection.Name)]
public sealed class SmokeTests(WebAppFixture web) : WebTest(web)
{
    [Fact]
    public async Task PublicFinder_FindsAMunicipalityByName_AndIsAccessible()
    {
        await Page.GotoAsync("/");
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading, new() { Name = "ひきこもりの相談窓口をさがす" })).ToBeVisibleAsync();

        await Page.GetByRole(AriaRole.Textbox, new() { Name = "市区町村名・ふりがな・コード" }).FillAsync("西東京市");
        await Page.GetByRole(AriaRole.Button, new() { Name = "さがす" }).ClickAsync();

        await Assertions.Expect(Page.GetByRole(AriaRole.Main).GetByText("西東京市").First).ToBeVisibleAsync();
        await AssertAccessibleAsync(Page);
        await ScreenshotAsync(Page, "public-finder");
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task SignInByAddress_LandsOnTheRolesHomeWithTheTokenOutOfTheAddress()
    {
        await SignInAsync(Page, "132292", "Caseworker");

        Assert.Equal("/work", new Uri(Page.Url).AbsolutePath);
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task AnUnknownAddress_IsTheAppsOwnNotFoundPage_NotAServerError()
    {
        var response = await Page.GotoAsync("/no-such-screen");

        Assert.Equal(200, response!.Status);
        Assert.Equal("no-cache", await response.HeaderValueAsync("cache-control"));
        await Assertions.Expect(Page.GetByRole(AriaRole.Heading).First).ToBeVisibleAsync();
        Assert.Empty(PageErrors);
    }

    [Fact]
    public async Task TheAxeCheck_FailsOnAPageWithAnUnlabelledButtonAndAnUnnamedImage()
    {
        await Page.SetContentAsync("<!doctype html><html><body><button></button><img src=\"data:,\"></body></html>");

        var failure = await Assert.ThrowsAnyAsync<Exception>(() => AssertAccessibleAsync(Page));

        Assert.Contains("button-name", failure.Message);
        Assert.Contains("image-alt", failure.Message);
    }
}
