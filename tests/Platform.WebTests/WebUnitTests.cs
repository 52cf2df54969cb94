namespace Platform.WebTests;

/// <summary>The web app's own unit tests (Vitest in <c>web/</c>) run as part of the README's test command.</summary>
public sealed class WebUnitTests
{
    [Fact]
    public async Task Vitest_InTheWebFolder_Passes()
    {
        // The build has run npm ci; a fresh folder without node_modules gets it here.
        if (!Directory.Exists(Path.Combine(WebAppBuild.WebFolder, "node_modules")))
        {
            await WebAppBuild.RunAsync("npm", "ci --no-audit --no-fund", "cd web && npm ci");
        }

        // Throws with Vitest's output when a test fails.
        await WebAppBuild.RunAsync("npm", "test", "cd web && npm test");
    }
}
