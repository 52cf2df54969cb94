namespace Platform.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Platform.Benchmarks -- --web</c>: the case fill of
/// the full run, then <see cref="ScaleBenchmark"/> (tasks, index reads, the case list in
/// Chromium), on one Development silo, without the other figures.
/// </summary>
internal static class ScaleRun
{
    /// <summary>Builds the silo (and with it the web app), fills, measures and prints; 0 when every step succeeded.</summary>
    public static async Task<int> RunAsync(HttpClient http, CancellationToken ct)
    {
        ScaleResults? scale = null;
        try
        {
            var siloDll = await SiloBuild.BuildAsync(SiloBuild.FindRepositoryRoot(), ct);
            using var data = DataFolder.Create();
            var (silo, _) = await SiloProcess.StartAsync(siloDll, data.FullPath, http, ct, environment: "Development");
            using (silo)
            {
                try
                {
                    using (var index = await http.GetAsync(silo.BaseAddress, ct))
                    {
                        var html = await index.Content.ReadAsStringAsync(ct);
                        if (!index.IsSuccessStatusCode || !html.Contains("<script", StringComparison.Ordinal))
                        {
                            throw new InvalidOperationException($"The silo does not serve the built web app at / ({(int)index.StatusCode}).");
                        }
                    }

                    var cases = new CaseBenchmark(siloDll, data.FullPath, silo, http);
                    var fill = await cases.FillListTenantAsync(await cases.ListerAsync(ct), ct);
                    scale = await new ScaleBenchmark(siloDll, data.FullPath, silo, http).RunAsync(CaseBenchmark.ListTenant, fill.Opened, ct);
                }
                finally
                {
                    await silo.StopAsync();
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
