namespace Platform.Benchmarks;

/// <summary>
/// Builds the silo, runs it as a separate process with its own PostgreSQL, and measures
/// start-up, throughput against a bare JSON baseline, paging, and memory, then the case
/// figures (writes against plain inserts, memory per case, paging a tenant's cases), all in one run.
/// Run with <c>dotnet run -c Release --project tests/Platform.Benchmarks</c>.
/// </summary>
internal static class Program
{
    private const int Clients = 16;
    private const int PagingRepetitions = 10;
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(2);
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(5);

    private const string SummaryQuery = "{ nation { programSummary(fiscalYear: 2023) { total } } }";

    // FY2023 has 309 designated programs (支援プログラム) nationwide in the reference data.
    private const string ExpectedTotal = "\"total\":309";

    /// <summary>Entry point; the exit code is 0 only when every step succeeded.</summary>
    public static async Task<int> Main(string[] args)
    {
        if (args is ["--ten-years"])
        {
            return CaseBookGrowth.Run(Console.Out);
        }

        // --cases-only skips the directory throughput and paging; start-up and the case figures run.
        var casesOnly = args.Contains("--cases-only", StringComparer.Ordinal);
        using var cancel = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancel.Cancel();
        };

        var results = new BenchmarkResults { Clients = Clients };
        using var http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = 1024,
            PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        })
        {
            Timeout = TimeSpan.FromSeconds(30),
        };

        if (args.Contains("--reads"))
            return await ReadRun.RunAsync(http, cancel.Token);

        // --notices: a notification's way to a subscriber on another silo of a two-silo cluster.
        if (args.Contains("--notices"))
            return await NoticeRun.RunAsync(http, cancel.Token);

        // --web: the case fill, then tasks, index reads and the case list in Chromium alone.
        if (args.Contains("--web"))
            return await ScaleRun.RunAsync(http, cancel.Token);

        try
        {
            var root = SiloBuild.FindRepositoryRoot();
            Console.WriteLine($"Building {Path.Combine(root, "silo", "Platform.Silo")} (Release)…");
            var siloDll = await SiloBuild.BuildAsync(root, cancel.Token);
            using var data = DataFolder.Create("platform-bench");
            Console.WriteLine($"Data folder: {data.FullPath}");
            await RunAsync(siloDll, data.FullPath, http, results, casesOnly, cancel.Token);
        }
        catch (Exception ex)
        {
            // Expected failures carry a full message; anything else keeps its stack trace.
            results.Failures.Add(ex is InvalidOperationException or TimeoutException or OperationCanceledException ? ex.Message : ex.ToString());
        }

        Report.Write(results, Console.Out);
        CaseBookGrowth.Run(Console.Out);
        foreach (var failure in results.Failures)
        {
            Console.Error.WriteLine($"FAILED: {failure}");
        }

        return results.Failures.Count == 0 ? 0 : 1;
    }

    private static async Task RunAsync(string siloDll, string dataFolder, HttpClient http, BenchmarkResults results, bool casesOnly, CancellationToken ct)
    {
        Console.WriteLine("Cold start (initdb of a new PostgreSQL cluster)…");
        var (cold, coldToReady) = await BenchmarkSilo.StartAsync(siloDll, dataFolder, ct);
        using (cold)
        {
            results.ColdStart = coldToReady;
            Console.WriteLine($"  ready after {coldToReady.TotalSeconds:0.00} s; stopping with SIGTERM…");
            var (took, graceful) = await cold.StopAsync(BenchmarkSilo.StopTimeout);
            results.ColdStop = took;
            Require(graceful, $"The first silo did not stop gracefully within 30 s. Its last output:{Environment.NewLine}{cold.Output}");
        }

        Console.WriteLine("Warm start (same data folder)…");
        var (silo, warmToReady) = await BenchmarkSilo.StartAsync(siloDll, dataFolder, ct);
        using (silo)
        {
            results.WarmStart = warmToReady;
            Console.WriteLine($"  ready after {warmToReady.TotalSeconds:0.00} s");
            try
            {
                if (!casesOnly)
                {
                    await MeasureAsync(silo.Address, http, results, ct);
                    await ReadBenchmark.MeasureDirectoryAsync(silo, http, results.Reads, ct);
                }

                await CorePinning.UnpinAsync(silo.Id);
            }
            finally
            {
                if (silo.ReadMemory() is { } memory)
                {
                    (results.PeakMemoryMiB, results.EndMemoryMiB) = memory;
                }

                Console.WriteLine("Stopping the silo with SIGTERM…");
                var (took, graceful) = await silo.StopAsync(BenchmarkSilo.StopTimeout);
                results.FinalStop = took;
                Require(graceful, $"The silo did not stop gracefully within 30 s. Its last output:{Environment.NewLine}{silo.Output}");
            }
        }

        // Development tokens are refused in Production, so the case workload gets its own run.
        Console.WriteLine("Case silo (Development environment, same data folder)…");
        var (caseSilo, caseToReady) = await BenchmarkSilo.StartAsync(siloDll, dataFolder, ct, environment: "Development");
        using (caseSilo)
        {
            Console.WriteLine($"  ready after {caseToReady.TotalSeconds:0.00} s");
            try
            {
                await ReadBenchmark.MeasureCaseAsync(siloDll, dataFolder, caseSilo, http, results.Reads, ct);
                await CorePinning.UnpinAsync(caseSilo.Id);
                await new CaseBenchmark(siloDll, dataFolder, caseSilo, http).RunAsync(results, ct);
                results.Scale = await new ScaleBenchmark(siloDll, dataFolder, caseSilo, http)
                    .RunAsync(CaseBenchmark.ListTenant, results.CaseFill?.Opened ?? 0, ct);
            }
            finally
            {
                Console.WriteLine("Stopping the case silo with SIGTERM…");
                var (_, graceful) = await caseSilo.StopAsync(BenchmarkSilo.StopTimeout);
                Require(graceful, $"The case silo did not stop gracefully within 30 s. Its last output:{Environment.NewLine}{caseSilo.Output}");
            }
        }
    }

    private static async Task MeasureAsync(Uri baseAddress, HttpClient http, BenchmarkResults results, CancellationToken ct)
    {
        var live = new Uri(baseAddress, "health/live");
        var graphql = new Uri(baseAddress, "graphql");
        var summaryBody = Encoding.UTF8.GetBytes($"{{\"query\":\"{SummaryQuery}\"}}");
        HttpRequestMessage SummaryRequest() => new(HttpMethod.Post, graphql)
        {
            Content = new ByteArrayContent(summaryBody) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
        };

        using (var probe = await http.SendAsync(SummaryRequest(), ct))
        {
            var body = await probe.Content.ReadAsStringAsync(ct);
            Console.WriteLine($"  programSummary answers {(int)probe.StatusCode}: {body}");
            Require(probe.IsSuccessStatusCode && IsSummary(body), $"programSummary did not answer 200 with {ExpectedTotal}: {body}");
        }

        var load = new LoadRunner(Clients, WarmUp, Window);
        Console.WriteLine($"Throughput, {Clients} clients, {WarmUp.TotalSeconds:0} s warm-up + {Window.TotalSeconds:0} s each…");
        results.Baseline = await load.RunAsync("GET /health/live", http, () => new HttpRequestMessage(HttpMethod.Get, live),
            body => body.Contains("\"live\"", StringComparison.Ordinal), ct);
        Console.WriteLine($"  baseline {results.Baseline.RequestsPerSecond:0} req/s");
        results.GraphQL = await load.RunAsync("POST /graphql programSummary", http, SummaryRequest, IsSummary, ct);
        Console.WriteLine($"  graphql  {results.GraphQL.RequestsPerSecond:0} req/s");

        Console.WriteLine($"Paging all municipalities vs one page, {PagingRepetitions} repetitions…");
        results.Paging = await PagingRunner.Municipalities(new GraphQLClient(http, graphql))
            .RunAsync(PagingRepetitions, PagingRunner.ExpectedMunicipalities, ct);
    }

    private static bool IsSummary(string body) =>
        body.Contains(ExpectedTotal, StringComparison.Ordinal) && !body.Contains("\"errors\"", StringComparison.Ordinal);

    private static void Require(bool condition, string failure)
    {
        if (!condition)
        {
            throw new InvalidOperationException(failure);
        }
    }
}
