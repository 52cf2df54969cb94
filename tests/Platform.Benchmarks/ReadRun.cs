namespace Platform.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Platform.Benchmarks -- --reads</c>: the read figures
/// alone, without start-up, paging and the case writes (minutes shorter than the full run).
/// </summary>
internal static class ReadRun
{
    /// <summary>Builds the silo, measures the reads and prints them; 0 when every step succeeded.</summary>
    public static async Task<int> RunAsync(HttpClient http, CancellationToken ct)
    {
        var reads = new ReadResults();
        try
        {
            var siloDll = await SiloBuild.BuildAsync(SiloBuild.FindRepositoryRoot(), ct);
            using var data = DataFolder.Create("platform-bench");
            var (silo, _) = await BenchmarkSilo.StartAsync(siloDll, data.FullPath, ct);
            using (silo)
            {
                try
                {
                    await ReadBenchmark.MeasureDirectoryAsync(silo, http, reads, ct);
                }
                finally
                {
                    await silo.StopAsync(BenchmarkSilo.StopTimeout);
                }
            }

            var (caseSilo, _) = await BenchmarkSilo.StartAsync(siloDll, data.FullPath, ct, environment: "Development");
            using (caseSilo)
            {
                try
                {
                    await ReadBenchmark.MeasureCaseAsync(siloDll, data.FullPath, caseSilo, http, reads, ct);
                }
                finally
                {
                    await caseSilo.StopAsync(BenchmarkSilo.StopTimeout);
                }
            }

            var (timed, _) = await BenchmarkSilo.StartAsync(siloDll, data.FullPath, ct, environment: "Development", settings: ReadBreakdown.SiloSettings);
            using (timed)
            {
                try
                {
                    await ReadBenchmark.MeasureBreakdownAsync(siloDll, data.FullPath, timed, http, reads, ct);
                }
                finally
                {
                    await timed.StopAsync(BenchmarkSilo.StopTimeout);
                }
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or OperationCanceledException)
        {
            Console.Error.WriteLine($"FAILED: {ex.Message}");
            Console.WriteLine(reads.Markdown());
            return 1;
        }

        Console.WriteLine();
        Console.WriteLine(reads.Markdown());
        return 0;
    }
}
