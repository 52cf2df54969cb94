using Platform.Tests.Infrastructure;

namespace Platform.WebTests.Infrastructure;

/// <summary>
/// One running platform (in-process, on the tests' own PostgreSQL, on a real loopback port)
/// serving the built web app, and one headless Chromium for the whole run. Each test opens its
/// own browser context (see <see cref="WebTest"/>), so tests share no cookies or storage.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    /// <summary>The system's Chromium; the tests never download a browser.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    private static readonly string[] ChromiumArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private PlatformHost? _platform;
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    /// <summary>The running platform.</summary>
    public PlatformHost Platform => _platform ?? throw new InvalidOperationException("The platform has not started.");

    /// <summary>The browser all tests share.</summary>
    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser has not started.");

    /// <summary>Where the platform listens (<c>http://127.0.0.1:port/</c>).</summary>
    public Uri BaseAddress => Platform.Http.BaseAddress!;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException("Chromium is missing: sudo apt-get install -y chromium");
        }

        var dist = await WebAppBuild.EnsureBuiltAsync();
        var postgres = await TestPostgres.Shared;
        _platform = await PlatformHost.StartAsync(
            await postgres.CreateDatabaseAsync("web"),
            extraSettings: new Dictionary<string, string?> { ["Web:Root"] = dist });

        // Belt and braces: Playwright must never fetch a browser of its own.
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        _playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
    }

    /// <summary>A fresh context (no storage, Japanese locale, Tokyo time) on the platform's address.</summary>
    public Task<IBrowserContext> NewContextAsync() => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = BaseAddress.ToString(),
        Locale = "ja-JP",
        TimezoneId = "Asia/Tokyo",
        ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
    });

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_platform is not null)
        {
            await _platform.DisposeAsync();
        }
    }
}
