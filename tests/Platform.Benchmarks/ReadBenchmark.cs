namespace Platform.Benchmarks;

/// <summary>
/// The read figures: three reads, each against the bare JSON endpoint <c>/health/live</c> in
/// interleaved windows (<see cref="ReadWindows"/>), with the client and the silo on their own
/// cores. The cached national summary and a page of 100 municipalities with their program run
/// against the Production silo; one case file read by its caseworker (storage, decryption,
/// audit) runs against the Development silo, which accepts development tokens.
/// </summary>
internal static class ReadBenchmark
{
    /// <summary>Concurrent clients in every window.</summary>
    public const int Clients = 16;

    /// <summary>Read windows per read (one more bare window).</summary>
    public const int Pairs = 5;

    /// <summary>The length of one window.</summary>
    public static readonly TimeSpan Window = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Unmeasured load of each side first. On the one core the silo is pinned to, the JIT's
    /// second tier needs about 10 s of load to catch up: after 3 s the first read windows ran at a
    /// quarter to a half of the later ones.
    /// </summary>
    public static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(12);

    private const string SummaryQuery = "{ nation { programSummary(fiscalYear: 2023) { total } } }";

    // Must match PagingRunner.PageSize in first:.
    private const string PageQuery =
        "{ municipalities(first: 100) { edges { node { code name program(fiscalYear: 2023) { tier functions } } } pageInfo { hasNextPage endCursor } } }";

    // The same page without the program: no grain call per row, so what the engine alone costs.
    private const string DirectoryPageQuery =
        "{ municipalities(first: 100) { edges { node { code name } } pageInfo { hasNextPage endCursor } } }";

    private const string CaseQuery =
        "query($id: ID!) { case(id: $id) { caseNumber status openedOn subject { kana ageBand gender } household { is8050 } } }";

    private const string CaseTenant = "132292"; // 東京都西東京市

    /// <summary>The national summary and the page of 100, against <paramref name="silo"/> (Production).</summary>
    public static async Task MeasureDirectoryAsync(SiloProcess silo, HttpClient http, ReadResults results, CancellationToken ct)
    {
        results.Pinning = await CorePinning.PinAsync(silo.Id);
        Console.WriteLine($"Reads: {results.Pinning}");
        var windows = new ReadWindows(Clients, WarmUp, Window, Pairs);
        var bare = Bare(silo.Address);
        var graphql = new Uri(silo.Address, "graphql");

        Console.WriteLine($"  national summary vs bare, {Pairs} pairs of {Window.TotalSeconds:0} s windows, {Clients} clients…");
        results.Summary = await windows.RunAsync(http, bare,
            Post("programSummary", graphql, SummaryQuery, null, null, body => body.Contains("\"total\":309", StringComparison.Ordinal)), ct);
        Console.WriteLine($"  page of 100 municipalities with their program vs bare…");
        results.Page = await windows.RunAsync(http, bare,
            Post("page of 100", graphql, PageQuery, null, null, body => CountOf(body, "\"code\":") == 100), ct);
    }

    /// <summary>One case read by its caseworker, against <paramref name="silo"/> (Development, for the token).</summary>
    public static async Task MeasureCaseAsync(string siloDll, string dataFolder, SiloProcess silo, HttpClient http, ReadResults results, CancellationToken ct)
    {
        await CorePinning.PinAsync(silo.Id);
        var graphql = new Uri(silo.Address, "graphql");
        var token = await DevelopmentToken.MintAsync(siloDll, dataFolder, CaseTenant, "Caseworker", ct);
        var caseId = await new CaseClient(new GraphQLClient(http, graphql, token)).OpenAsync(ct);
        Console.WriteLine($"  one case file read by its caseworker vs bare ({caseId})…");
        results.Case = await new ReadWindows(Clients, WarmUp, Window, Pairs).RunAsync(http, Bare(silo.Address),
            Post("case read", graphql, CaseQuery, new { id = caseId }, token, body => body.Contains("やまだ たろう", StringComparison.Ordinal)), ct);
    }

    /// <summary>Where each read's time goes, against <paramref name="silo"/> (Development, started with <see cref="ReadBreakdown.SiloSettings"/>).</summary>
    public static async Task MeasureBreakdownAsync(string siloDll, string dataFolder, SiloProcess silo, HttpClient http, ReadResults results, CancellationToken ct)
    {
        await CorePinning.PinAsync(silo.Id);
        var graphql = new Uri(silo.Address, "graphql");
        var token = await DevelopmentToken.MintAsync(siloDll, dataFolder, CaseTenant, "Caseworker", ct);
        var caseId = await new CaseClient(new GraphQLClient(http, graphql, token)).OpenAsync(ct);
        bool IsSummary(string body) => body.Contains("\"total\":309", StringComparison.Ordinal);
        results.Breakdown = await ReadBreakdown.RunAsync(silo, http,
        [
            Post("national summary, anonymous", graphql, SummaryQuery, null, null, IsSummary),
            Post("national summary, caseworker token", graphql, SummaryQuery, null, token, IsSummary),
            Post("page of 100, anonymous", graphql, PageQuery, null, null, body => CountOf(body, "\"code\":") == 100),
            Post("page of 100 without program, anonymous", graphql, DirectoryPageQuery, null, null, body => CountOf(body, "\"code\":") == 100),
            Post("case read, caseworker", graphql, CaseQuery, new { id = caseId }, token, body => body.Contains("やまだ たろう", StringComparison.Ordinal)),
        ], ct);
    }

    private static ReadShape Bare(Uri baseAddress)
    {
        var live = new Uri(baseAddress, "health/live");
        return new ReadShape("GET /health/live", () => new HttpRequestMessage(HttpMethod.Get, live),
            body => body.Contains("\"live\"", StringComparison.Ordinal));
    }

    private static ReadShape Post(string name, Uri graphql, string query, object? variables, string? token, Func<string, bool> isExpected)
    {
        var body = JsonSerializer.SerializeToUtf8Bytes(new { query, variables });
        return new ReadShape(name, () =>
        {
            var request = new HttpRequestMessage(HttpMethod.Post, graphql)
            {
                Content = new ByteArrayContent(body) { Headers = { ContentType = new MediaTypeHeaderValue("application/json") } },
            };
            if (token is not null)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            return request;
        }, answer => !answer.Contains("\"errors\"", StringComparison.Ordinal) && isExpected(answer));
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
            count++;
        return count;
    }
}

/// <summary>The read figures of one run.</summary>
internal sealed class ReadResults
{
    /// <summary>How the client and silo were placed on the cores.</summary>
    public string? Pinning { get; set; }

    /// <summary>The cached national program summary.</summary>
    public ReadRatio? Summary { get; set; }

    /// <summary>A page of 100 municipalities with their FY2023 program.</summary>
    public ReadRatio? Page { get; set; }

    /// <summary>One case file read by its caseworker.</summary>
    public ReadRatio? Case { get; set; }

    /// <summary>Per read, the timing line the silo logged (see <see cref="ReadBreakdown"/>).</summary>
    public List<(string Shape, string Line)> Breakdown { get; set; } = [];

    /// <summary>Writes the read rows as Markdown.</summary>
    public string Markdown()
    {
        var text = new StringBuilder();
        text.AppendLine("| Read (interleaved with GET /health/live) | Ratio median (range) | Target | Read req/s (bare) | p50 / p99 |");
        text.AppendLine("|---|---|---|---|---|");
        Row(text, "National summary `programSummary(fiscalYear: 2023)`", Summary, 0.7);
        Row(text, "Page of 100 municipalities with `program`", Page, 0.15);
        Row(text, "One case file read by its caseworker", Case, null);
        if (Case is { } c)
        {
            var ratio = c.P99Ms / c.P50Ms;
            text.AppendLine(FormattableString.Invariant($"\nCase read p99 / p50: {ratio:0.0} (target ≤ 3: {(ratio <= 3 ? "met" : "NOT met")})."));
        }

        text.Append(FormattableString.Invariant(
            $"\n{Pairs()} read windows of {ReadBenchmark.Window.TotalSeconds:0} s per read between bare windows, {ReadBenchmark.Clients} clients, after a warm-up of {ReadBenchmark.WarmUp.TotalSeconds:0} s of each{(string.IsNullOrEmpty(Pinning) ? "" : "; " + Pinning)}."));
        if (Breakdown.Count > 0)
            text.Append("\n\n").Append(ReadBreakdown.Markdown(Breakdown));
        return text.ToString();
    }

    private static int Pairs() => ReadBenchmark.Pairs;

    private static void Row(StringBuilder text, string name, ReadRatio? r, double? target)
    {
        if (r is null)
        {
            text.AppendLine($"| {name} | — | — | — | — |");
            return;
        }

        var goal = target is { } t ? FormattableString.Invariant($"≥ {t:0.00}: {(r.Median >= t ? "met" : "NOT met")}") : "—";
        text.AppendLine(FormattableString.Invariant(
            $"| {name} | {r.Median:0.00} ({r.Min:0.00}–{r.Max:0.00}) | {goal} | {r.ReadRps:0} ({r.BareRps:0}) | {r.P50Ms:0.00} / {r.P99Ms:0.00} ms |"));
    }
}
