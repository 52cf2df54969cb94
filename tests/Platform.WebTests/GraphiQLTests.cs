using System.Text.RegularExpressions;

namespace Platform.WebTests;

/// <summary>
/// The GraphQL console at <c>/graphql/ui</c> (the test platform runs in Development, where
/// introspection is on): GraphiQL loads with nothing but the silo, runs a query and shows the answer.
/// </summary>
[Collection(WebCollection.Name)]
public sealed partial class GraphiQLTests(WebAppFixture web) : WebTest(web)
{
    [Fact]
    public async Task Console_RunsATypenameQuery_WithNoNetworkButTheSilo()
    {
        var origin = Web.BaseAddress.GetLeftPart(UriPartial.Authority);
        var foreign = new List<string>();
        var refused = new List<string>();
        // Anything not from the silo fails, as it would with no network; and is listed.
        await Page.RouteAsync("**/*", async route =>
        {
            if (route.Request.Url.StartsWith(origin + "/", StringComparison.Ordinal))
            {
                await route.ContinueAsync();
                return;
            }
            foreign.Add(route.Request.Url);
            await route.AbortAsync();
        });
        Page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
                refused.Add(message.Text);
        };

        await Page.GotoAsync("/graphql/ui");
        var editor = Page.GetByRole(AriaRole.Region, new() { Name = "Operation Editor" }).Locator(".monaco-editor").First;
        await Assertions.Expect(editor).ToBeVisibleAsync(new() { Timeout = 30_000 });
        await editor.ClickAsync();
        await Page.Keyboard.PressAsync("ControlOrMeta+A");
        // The editor closes the brace itself: whatever it added after the cursor goes.
        await Page.Keyboard.InsertTextAsync("{ __typename");
        await Page.Keyboard.PressAsync("Escape");
        await Page.Keyboard.PressAsync("Shift+ControlOrMeta+End");
        await Page.Keyboard.PressAsync("Delete");
        await Page.Keyboard.InsertTextAsync(" }");
        await Page.GetByRole(AriaRole.Button, new() { NameRegex = ExecuteButton() }).ClickAsync();

        var response = Page.Locator(".graphiql-response");
        await Assertions.Expect(response).ToContainTextAsync("\"__typename\": \"Query\"", new() { Timeout = 30_000 });
        // The bearer token goes in the headers editor.
        await Assertions.Expect(Page.GetByText("Headers", new() { Exact = true })).ToBeVisibleAsync();
        await ScreenshotAsync(Page, "graphiql");
        Assert.Empty(foreign);
        Assert.Empty(refused);
        Assert.Empty(PageErrors);
    }

    [GeneratedRegex("^Execute query")]
    private static partial Regex ExecuteButton();
}
