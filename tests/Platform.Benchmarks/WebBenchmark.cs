using Microsoft.Playwright;

namespace Platform.Benchmarks;

/// <summary>
/// Time from navigation to the case list (<c>/cases</c>) until its first page is rendered, and
/// from "次のページへ" until the next page is, in Debian's Chromium (never a downloaded browser),
/// for a tenant with many cases against a tenant with few, interleaved, a fresh browser context
/// (signed in through <c>/signin?tenant=..&amp;role=Caseworker</c>) for every run.
/// </summary>
internal static class WebBenchmark
{
    /// <summary>The system's Chromium, as the browser tests use it.</summary>
    public const string ChromiumPath = "/usr/bin/chromium";

    /// <summary>Measured runs per tenant (after one warm-up run each).</summary>
    public const int Runs = 7;

    private static readonly string[] ChromiumArguments =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private const float WaitMs = 60_000;

    // The first data row of the list differs from the one shown before: the next page is rendered.
    private const string RowChanged =
        "old => { const r = document.querySelector('table tbody tr'); return r !== null && r.textContent !== old; }";

    /// <summary>Measures both tenants, alternating, and returns their timings.</summary>
    public static async Task<(WebTimings Many, WebTimings Few)> MeasureAsync(Uri baseAddress, string manyTenant, string fewTenant, CancellationToken ct)
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException("Chromium is missing: sudo apt-get install -y chromium");
        }

        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArguments,
        });
        var many = new WebTimings();
        var few = new WebTimings();
        for (var run = 0; run <= Runs; run++)
        {
            ct.ThrowIfCancellationRequested();
            foreach (var (tenant, timings) in new[] { (manyTenant, many), (fewTenant, few) })
            {
                var (first, next) = await OnceAsync(browser, baseAddress, tenant);
                Console.WriteLine($"  {(run == 0 ? "warm-up" : $"run {run}")} {tenant}: first page {first:0} ms, next page {next:0} ms");
                if (run > 0)
                {
                    timings.FirstPageMs.Add(first);
                    timings.NextPageMs.Add(next);
                }
            }
        }

        return (many, few);
    }

    private static async Task<(double First, double Next)> OnceAsync(IBrowser browser, Uri baseAddress, string tenant)
    {
        await using var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "ja-JP",
            TimezoneId = "Asia/Tokyo",
            ViewportSize = new ViewportSize { Width = 1280, Height = 900 },
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(WaitMs);
        try
        {
            return await TimeAsync(page, tenant);
        }
        catch (Exception ex) when (ex is PlaywrightException or TimeoutException)
        {
            throw new InvalidOperationException($"Chromium, tenant {tenant}, at {page.Url}: {ex.Message}", ex);
        }
    }

    private static async Task<(double First, double Next)> TimeAsync(IPage page, string tenant)
    {
        await page.GotoAsync($"/signin?tenant={Uri.EscapeDataString(tenant)}&role=Caseworker");
        await page.WaitForURLAsync(url => !new Uri(url).AbsolutePath.StartsWith("/signin", StringComparison.Ordinal),
            new PageWaitForURLOptions { Timeout = WaitMs });
        // The home screen keeps a live-notice stream open, so the network never goes idle.
        await page.WaitForLoadStateAsync(LoadState.Load);

        var rows = page.GetByRole(AriaRole.Table, new PageGetByRoleOptions { Name = "ケース一覧" }).GetByRole(AriaRole.Row);
        var clock = Stopwatch.StartNew();
        await page.GotoAsync("/cases", new PageGotoOptions { WaitUntil = WaitUntilState.Commit, Timeout = WaitMs });
        await rows.Nth(1).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = WaitMs });
        var first = clock.Elapsed.TotalMilliseconds;

        var firstRow = await page.EvaluateAsync<string>("() => document.querySelector('table tbody tr').textContent");
        var next = page.GetByRole(AriaRole.Button, new PageGetByRoleOptions { Name = "次のページへ" });
        clock.Restart();
        await next.ClickAsync(new LocatorClickOptions { Timeout = WaitMs });
        await page.WaitForFunctionAsync(RowChanged, firstRow, new PageWaitForFunctionOptions { Timeout = WaitMs });
        await rows.Nth(1).WaitForAsync(new LocatorWaitForOptions { State = WaitForSelectorState.Visible, Timeout = WaitMs });
        return (first, clock.Elapsed.TotalMilliseconds);
    }
}

/// <summary>One tenant's browser timings, one value per run.</summary>
internal sealed class WebTimings
{
    /// <summary>Navigation to <c>/cases</c> until the first data row is visible, ms.</summary>
    public List<double> FirstPageMs { get; } = [];

    /// <summary>Click on "次のページへ" until the next page's first row is visible, ms.</summary>
    public List<double> NextPageMs { get; } = [];
}
