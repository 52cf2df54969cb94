using System.Text;
using System.Text.RegularExpressions;
using Deque.AxeCore.Playwright;

namespace Platform.WebTests.Infrastructure;

/// <summary>
/// The base of a browser test: a new browser context and page per test, and the helpers every
/// screen test uses (sign-in by URL, the axe check, screenshots for the docs).
/// </summary>
public abstract partial class WebTest(WebAppFixture web) : IAsyncLifetime
{
    private IBrowserContext? _context;
    private readonly List<string> _pageErrors = [];

    /// <summary>The shared platform and browser.</summary>
    protected WebAppFixture Web => web;

    /// <summary>This test's page.</summary>
    protected IPage Page { get; private set; } = null!;

    /// <summary>Uncaught script errors on <see cref="Page"/> so far.</summary>
    protected IReadOnlyList<string> PageErrors => _pageErrors;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _context = await web.NewContextAsync();
        _context.SetDefaultTimeout(15_000);
        Page = await _context.NewPageAsync();
        Page.PageError += (_, error) => _pageErrors.Add(error);
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_context is not null)
        {
            await _context.CloseAsync();
        }
    }

    /// <summary>
    /// Signs in through <c>/signin?tenant=..&amp;role=..</c> and waits until the app has replaced
    /// the address with the role's home screen and keeps the token in session storage.
    /// </summary>
    protected static async Task SignInAsync(IPage page, string tenant, params string[] roles)
    {
        var query = new StringBuilder($"/signin?tenant={Uri.EscapeDataString(tenant)}");
        foreach (var role in roles)
        {
            query.Append("&role=").Append(Uri.EscapeDataString(role));
        }

        await page.GotoAsync(query.ToString());
        // The first sign-in of a run also waits for the silo to load the directory (every tenant is
        // checked against it), so it gets longer than a page's usual wait.
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/signin", StringComparison.Ordinal),
            new PageWaitForURLOptions { Timeout = 60_000 });
        var token = await page.EvaluateAsync<string?>("() => sessionStorage.getItem('platform.token')");
        Assert.False(string.IsNullOrEmpty(token), "Signing in kept no token in sessionStorage['platform.token'].");
        Assert.DoesNotContain(token!, page.Url, StringComparison.Ordinal);
    }

    /// <summary>Runs axe on the page as it is now; fails listing every serious or critical violation.</summary>
    protected static async Task AssertAccessibleAsync(IPage page)
    {
        var result = await page.RunAxe();
        var blocking = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        if (blocking.Count == 0)
        {
            return;
        }

        var report = new StringBuilder($"axe found {blocking.Count} serious or critical violation(s) on {page.Url}:");
        foreach (var violation in blocking)
        {
            report.AppendLine().Append($"- {violation.Id} ({violation.Impact}): {violation.Help} {violation.HelpUrl}");
            foreach (var node in violation.Nodes.Take(5))
            {
                report.AppendLine().Append($"    {node.Html}");
            }
        }

        Assert.Fail(report.ToString());
    }

    /// <summary>
    /// Saves a full-page screenshot as <c>docs/screenshots/&lt;name&gt;.png</c> when there is none
    /// yet or <c>PLATFORM_UPDATE_SCREENSHOTS=1</c>; otherwise beside the test binaries, so that a
    /// test run does not rewrite the committed images (renders differ by a few pixels).
    /// </summary>
    protected static async Task ScreenshotAsync(IPage page, string name)
    {
        if (!ScreenshotName().IsMatch(name))
        {
            throw new ArgumentException("A screenshot name is lowercase words joined by '-'.", nameof(name));
        }

        var docs = Path.Combine(WebAppBuild.RepositoryRoot, "docs", "screenshots", name + ".png");
        var path = !File.Exists(docs) || Environment.GetEnvironmentVariable("PLATFORM_UPDATE_SCREENSHOTS") == "1"
            ? docs
            : Path.Combine(AppContext.BaseDirectory, "screenshots", name + ".png");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ScreenshotName();
}
