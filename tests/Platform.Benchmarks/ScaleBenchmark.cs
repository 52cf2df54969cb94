namespace Platform.Benchmarks;

/// <summary>
/// The tenant with 10,000 cases (after the case fill): tasks added to it, the reads that must
/// answer from an index as ratios to one page of cases, and the case list in Chromium against a
/// tenant with few cases, all against the same Development silo.
/// </summary>
/// <param name="siloDll">The built silo, for its <c>token</c> verb.</param>
/// <param name="dataFolder">The silo's data folder.</param>
/// <param name="silo">The running Development silo, serving the built web app.</param>
/// <param name="http">The shared HTTP client.</param>
internal sealed class ScaleBenchmark(string siloDll, string dataFolder, SiloProcess silo, HttpClient http)
{
    /// <summary>The baseline tenant of the browser timings: 真狩村 (北海道), with <see cref="FewCases"/> cases.</summary>
    public const string FewTenant = "013960";

    /// <summary>Cases opened in the baseline tenant: a first page of 20 and a second.</summary>
    public const int FewCases = 30;

    /// <summary>Runs the three steps against <paramref name="manyTenant"/>, which holds <paramref name="manyCases"/> cases.</summary>
    public async Task<ScaleResults> RunAsync(string manyTenant, int manyCases, CancellationToken ct)
    {
        var graphql = new Uri(silo.Address, "graphql");
        var many = new GraphQLClient(http, graphql, await DevelopmentToken.MintAsync(siloDll, dataFolder, manyTenant, "Caseworker", ct));
        var results = new ScaleResults { ManyTenant = manyTenant, ManyCases = manyCases };

        var idle = new GraphQLClient(http, graphql, await DevelopmentToken.MintAsync(siloDll, dataFolder, manyTenant, "Caseworker", ct, "bench-worker-idle"));
        Console.WriteLine($"Adding up to {TaskFill.Target} tasks in {manyTenant} over {TaskFill.Workers} workers (budget {TaskFill.Budget.TotalSeconds:0} s), {CaseBenchmark.Clients} clients…");
        (results.Tasks, results.TaskSeconds) = await new TaskFill(many).RunAsync(CaseBenchmark.Clients, ct);
        Console.WriteLine($"  {results.Tasks} tasks in {results.TaskSeconds:0} s");

        Console.WriteLine($"Index reads in {manyTenant}, one client, {IndexReads.Requests} of each…");
        results.IndexReads = await new IndexReads(many, idle).MeasureAsync(ct);
        foreach (var read in results.IndexReads.Reads)
        {
            Console.WriteLine($"  {read.Name}: {read.Items} items, p50 {read.P50Ms:0.0} ms ({read.Ratio:0.00}× one page)");
        }

        Console.WriteLine($"Opening {FewCases} cases in {FewTenant}…");
        var few = new CaseClient(new GraphQLClient(http, graphql, await DevelopmentToken.MintAsync(siloDll, dataFolder, FewTenant, "Caseworker", ct)));
        for (var i = 0; i < FewCases; i++)
        {
            await few.OpenAsync(ct);
        }

        Console.WriteLine($"Case list in Chromium, {manyTenant} against {FewTenant}, {WebBenchmark.Runs} runs each…");
        (results.ManyWeb, results.FewWeb) = await WebBenchmark.MeasureAsync(silo.Address, manyTenant, FewTenant, ct);
        return results;
    }
}

/// <summary>What <see cref="ScaleBenchmark"/> measured; printed as its own Markdown section.</summary>
internal sealed class ScaleResults
{
    /// <summary>The tenant with many cases.</summary>
    public string ManyTenant { get; init; } = "";

    /// <summary>Its cases.</summary>
    public int ManyCases { get; init; }

    /// <summary>Tasks added to it.</summary>
    public int Tasks { get; set; }

    /// <summary>How long adding them took.</summary>
    public double TaskSeconds { get; set; }

    /// <summary>The index reads.</summary>
    public IndexReadResults? IndexReads { get; set; }

    /// <summary>Browser timings in the tenant with many cases.</summary>
    public WebTimings? ManyWeb { get; set; }

    /// <summary>Browser timings in the baseline tenant.</summary>
    public WebTimings? FewWeb { get; set; }

    /// <summary>The section: the reads table, then the browser table.</summary>
    public string Markdown()
    {
        var md = new StringBuilder();
        md.AppendLine(Invariant($"### A tenant with {ManyCases:N0} cases and {Tasks:N0} tasks ({ManyTenant})"));
        md.AppendLine();
        md.AppendLine(Invariant($"{Tasks:N0} tasks added over {TaskFill.Workers} workers (target {TaskFill.Target:N0}, budget {TaskFill.Budget.TotalSeconds:0} s) in {TaskSeconds:0} s ({Tasks / TaskSeconds:0}/s)."));
        md.AppendLine();
        if (IndexReads is { } reads)
        {
            md.AppendLine(Invariant($"| Read (one client, {Platform.Benchmarks.IndexReads.Requests} each, interleaved) | items | p50 | p99 | p50 / one page of cases |"));
            md.AppendLine("|---|---|---|---|---|");
            foreach (var r in reads.Reads)
            {
                md.AppendLine(Invariant($"| `{r.Name}` | {r.Items:N0} | {r.P50Ms:0.0} ms | {r.P99Ms:0.0} ms | {r.Ratio:0.00} |"));
            }

            md.AppendLine();
        }

        if (ManyWeb is { } many && FewWeb is { } few)
        {
            md.AppendLine(Invariant($"| Chromium, {WebBenchmark.Runs} runs each | {ManyCases:N0} cases | {ScaleBenchmark.FewCases} cases ({ScaleBenchmark.FewTenant}) | ratio of medians |"));
            md.AppendLine("|---|---|---|---|");
            md.AppendLine(Invariant($"| Navigation to /cases → first page rendered | {Range(many.FirstPageMs)} | {Range(few.FirstPageMs)} | {Stats.Median(many.FirstPageMs) / Stats.Median(few.FirstPageMs):0.00} |"));
            md.AppendLine(Invariant($"| 次のページへ → next page rendered | {Range(many.NextPageMs)} | {Range(few.NextPageMs)} | {Stats.Median(many.NextPageMs) / Stats.Median(few.NextPageMs):0.00} |"));
        }

        return md.ToString();
    }

    private static string Range(List<double> values) =>
        Invariant($"{Stats.Median(values):0} ms ({values.Min():0}–{values.Max():0})");

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
