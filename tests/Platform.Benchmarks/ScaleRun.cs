namespace Platform.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Platform.Benchmarks -- --web</c>: the case fill of
/// the full run, then <see cref="ScaleBenchmark"/> (tasks, index reads, the case list in
/// Chromium), on one Development silo, without the other figures.
/// </summary>
internal static class ScaleRun
{
    private static readonly TimeSpan FillBudget = TimeSpan.FromMinutes(7);

    /// <summary>Builds the silo (and with it the web app), fills, measures and prints; 0 when every step succeeded.</summary>
    public static async Task<int> RunAsync(HttpClient http, CancellationToken ct)
    {
        ScaleResults? scale = null;
        try
        {
            var siloDll = await SiloBuild.BuildAsync(SiloBuild.FindRepositoryRoot(), ct);
            using var data = DataFolder.Create("platform-bench");
            var (silo, _) = await BenchmarkSilo.StartAsync(siloDll, data.FullPath, ct, environment: "Development");
            using (silo)
            {
                try
                {
                    using (var index = await http.GetAsync(silo.Address, ct))
                    {
                        var html = await index.Content.ReadAsStringAsync(ct);
                        if (!index.IsSuccessStatusCode || !html.Contains("<script", StringComparison.Ordinal))
                        {
                            throw new InvalidOperationException($"The silo does not serve the built web app at / ({(int)index.StatusCode}).");
                        }
                    }

                    var cases = new CaseBenchmark(siloDll, data.FullPath, silo, http);
                    // Alone, the fill may take longer than the full run's 4 minutes: the figures need the 10,000.
                    var fill = await cases.FillListTenantAsync(await cases.ListerAsync(ct), ct, FillBudget);
                    scale = await new ScaleBenchmark(siloDll, data.FullPath, silo, http).RunAsync(CaseBenchmark.ListTenant, fill.Opened, ct);
                }
                finally
                {
                    await silo.StopAsync(BenchmarkSilo.StopTimeout);
                }
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or OperationCanceledException or Microsoft.Playwright.PlaywrightException)
        {
            Console.Error.WriteLine($"FAILED: {ex.Message}");
            return 1;
        }

        Console.WriteLine();
        Console.WriteLine(scale!.Markdown());
        return 0;
    }
}
