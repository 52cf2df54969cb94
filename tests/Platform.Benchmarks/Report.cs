using System.Runtime.InteropServices;

namespace Platform.Benchmarks;

/// <summary>Prints the results: an aligned table for the console and a Markdown block for the README.</summary>
internal static class Report
{
    /// <summary>The throughput ratio the issue asks for: GraphQL at least half the bare JSON baseline.</summary>
    public const double ThroughputTarget = 0.5;

    /// <summary>Case mutations over plain inserts, one tenant.</summary>
    public const double CaseWriteTarget = 0.3;

    /// <summary>Case mutations over plain inserts, writes spread over many tenants.</summary>
    public const double SpreadWriteTarget = 0.5;

    /// <summary>Pair p99 at most this many times the pair p50.</summary>
    public const double TailTarget = 4;

    /// <summary>Seconds the fill of 10,000 cases took before the write path was reworked, and the speed-up asked for.</summary>
    public const double FillSecondsBefore = 191;

    /// <summary>The fill's speed-up asked for over <see cref="FillSecondsBefore"/>.</summary>
    public const double FillSpeedUpTarget = 8;

    private const string Missing = "—";

    /// <summary>Writes the summary table, then the Markdown block.</summary>
    public static void Write(BenchmarkResults r, TextWriter output)
    {
        var rows = Rows(r);
        var width = rows.Max(row => row.Measure.Length);
        output.WriteLine();
        output.WriteLine("Summary");
        output.WriteLine(new string('=', width + 24));
        foreach (var (measure, value) in rows)
        {
            output.WriteLine($"{measure.PadRight(width)}  {value}");
        }

        output.WriteLine(new string('=', width + 24));
        output.WriteLine();
        output.WriteLine("Markdown for the README:");
        output.WriteLine();
        output.WriteLine(Markdown(rows));
        output.WriteLine();
        output.WriteLine(r.Reads.Markdown());
        if (r.Scale is { } scale)
        {
            output.WriteLine(scale.Markdown());
        }
    }

    private static List<(string Measure, string Value)> Rows(BenchmarkResults r)
    {
        var rows = new List<(string, string)>
        {
            ("Cold start to ready (new PostgreSQL cluster)", Seconds(r.ColdStart)),
            ("Graceful stop after the cold start", Seconds(r.ColdStop)),
            ("Warm start to ready (same data folder)", Seconds(r.WarmStart)),
            ($"GET /health/live, {r.Clients} clients", Rate(r.Baseline)),
            ($"POST /graphql programSummary, {r.Clients} clients", Rate(r.GraphQL)),
            ("Throughput ratio graphql / baseline", r.ThroughputRatio is { } t
                ? Invariant($"{t:0.00} (target ≥ {ThroughputTarget:0.0}: {(t >= ThroughputTarget ? "met" : "NOT met")})")
                : Missing),
            ("Paging all municipalities (median)", r.Paging is { } p
                ? Invariant($"{p.AllPagesMs:0.0} ms for {p.Pages} pages, {p.Items} municipalities")
                : Missing),
            ("Single page of 100 (median)", r.Paging is { } s ? Invariant($"{s.SinglePageMs:0.0} ms") : Missing),
            ("Paging ratio all / single page", r.Paging is { } q
                ? Invariant($"{q.Ratio:0.0} (median of {q.Repetitions} each)")
                : Missing),
            ($"openCase + recordContact over GraphQL, {CaseBenchmark.Clients} clients", r.CaseWrites is { } w
                ? Invariant($"{w.RequestsPerSecond:0.0} pairs/s = {2 * w.RequestsPerSecond:0.0} mutations/s (pair p50 {w.P50Ms:0.0} ms, p99 {w.P99Ms:0.0} ms)")
                : Missing),
            (Invariant($"Plain Npgsql INSERT of {r.CasePayloadBytes ?? 0:0} B (mean stored case state), {CaseBenchmark.Clients} clients"), r.Inserts is { } i
                ? Invariant($"{i.RequestsPerSecond:0} inserts/s (p50 {i.P50Ms:0.00} ms, p99 {i.P99Ms:0.00} ms; synchronous_commit={r.SynchronousCommit})")
                : Missing),
            ("Ratio case mutations / plain inserts", r.CaseWriteRatio is { } c ? Invariant($"{c:0.000} (target ≥ {CaseWriteTarget:0.0}: {Met(c >= CaseWriteTarget)})") : Missing),
            ("Database writes per mutation, one tenant", Cost(r.CaseWritesCost)),
            ("CPU per mutation, one tenant (silo + PostgreSQL + client)", Cpu(r.CaseWritesCpu, r.Inserts)),
            ("CPU per plain insert (PostgreSQL + client)", Cpu(r.InsertsCpu, null)),
            ("Pair p99 / p50, one tenant", r.CaseWrites is { } tail ? Invariant($"{tail.P99Ms / tail.P50Ms:0.0}× (target ≤ {TailTarget:0}×: {Met(tail.P99Ms <= TailTarget * tail.P50Ms)})") : Missing),
            ($"openCase + recordContact over GraphQL, {CaseBenchmark.SpreadTenants} tenants, {CaseBenchmark.SpreadClients} clients", r.SpreadCaseWrites is { } sw
                ? Invariant($"{sw.RequestsPerSecond:0.0} pairs/s = {2 * sw.RequestsPerSecond:0.0} mutations/s (pair p50 {sw.P50Ms:0.0} ms, p99 {sw.P99Ms:0.0} ms)")
                : Missing),
            ($"Plain Npgsql INSERT, {CaseBenchmark.SpreadClients} clients", r.SpreadInserts is { } si
                ? Invariant($"{si.RequestsPerSecond:0} inserts/s (p50 {si.P50Ms:0.00} ms, p99 {si.P99Ms:0.00} ms)")
                : Missing),
            ($"Ratio case mutations / plain inserts, {CaseBenchmark.SpreadTenants} tenants", r.SpreadCaseWriteRatio is { } sc
                ? Invariant($"{sc:0.000} (target ≥ {SpreadWriteTarget:0.0}: {Met(sc >= SpreadWriteTarget)})")
                : Missing),
            ("Database writes per mutation, spread", Cost(r.SpreadCaseWritesCost)),
            ("Pair p99 / p50, spread", r.SpreadCaseWrites is { } st ? Invariant($"{st.P99Ms / st.P50Ms:0.0}× (target ≤ {TailTarget:0}×: {Met(st.P99Ms <= TailTarget * st.P50Ms)})") : Missing),
            ("openCase alone, 1 client", r.Breakdown is { } bo ? WriteBreakdown.Describe(bo.OpenMs, bo.HttpOnlyMs, bo.CommitMs, bo.Open) : Missing),
            ("recordContact alone, 1 client", r.Breakdown is { } bc ? WriteBreakdown.Describe(bc.ContactMs, bc.HttpOnlyMs, bc.CommitMs, bc.Contact) : Missing),
            ($"Cases opened in one tenant (target {CaseBenchmark.ListTarget}, budget {CaseBenchmark.FillBudget.TotalMinutes:0} min)", r.CaseFill is { } f
                ? Invariant($"{f.Opened} in {f.Seconds:0} s ({f.OpensPerSecond:0.0} openCase/s; {f.OpensPerSecond / (CaseBenchmark.ListTarget / FillSecondsBefore):0.0}× the {FillSecondsBefore:0} s before, target ≥ {FillSpeedUpTarget:0}×: {Met(f.Opened == CaseBenchmark.ListTarget && f.OpensPerSecond >= FillSpeedUpTarget * CaseBenchmark.ListTarget / FillSecondsBefore)})")
                : Missing),
            ("Memory per active case grain (VmRSS growth / cases opened)", r.CaseFill?.BytesPerCase is { } m
                ? Invariant($"{m / 1024:0.0} KiB (includes the case index and GC slack)")
                : Missing),
            ("Paging all cases of that tenant (median)", r.CasePaging is { } cp
                ? Invariant($"{cp.AllPagesMs:0} ms for {cp.Pages} pages, {cp.Items} cases ({cp.PerPageMs:0.0} ms per page)")
                : Missing),
            ("Single case page of 100 (median)", r.CasePaging is { } cs ? Invariant($"{cs.SinglePageMs:0.0} ms") : Missing),
            ("Case paging ratio all / single page", r.CasePaging is { } cq
                ? Invariant($"{cq.Ratio:0.0} (median of {cq.Repetitions} each)")
                : Missing),
            ("Silo peak memory (VmHWM)", MiB(r.PeakMemoryMiB)),
            ("Silo memory at end (VmRSS)", MiB(r.EndMemoryMiB)),
            ("Graceful stop (final)", Seconds(r.FinalStop)),
            ("Result", r.Failures.Count == 0 ? "ok" : $"FAILED ({r.Failures.Count})"),
        };
        return rows;
    }

    private static string Markdown(List<(string Measure, string Value)> rows)
    {
        var markdown = new StringBuilder();
        markdown.AppendLine("| Measure | Result |");
        markdown.AppendLine("|---|---|");
        foreach (var (measure, value) in rows.Where(row => row.Measure != "Result"))
        {
            markdown.AppendLine($"| {measure.Replace("|", "\\|", StringComparison.Ordinal)} | {value} |");
        }

        markdown.AppendLine();
        var machine = Invariant($"{Environment.ProcessorCount} cores, {RuntimeInformation.OSDescription.Trim()}, .NET {Environment.Version}");
        var date = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        markdown.AppendLine($"Measured by `dotnet run -c Release --project tests/Platform.Benchmarks` on {machine}, {date}.");
        markdown.AppendLine("Client and silo (with its own PostgreSQL) share the machine; memory is the silo process alone.");
        markdown.Append("Directory figures: silo in Production. Case figures: a second run on the same data folder in Development (for development tokens).");
        return markdown.ToString();
    }

    private static string Cost(WriteCost? cost) => cost is { } c
        ? Invariant($"{c.Commits:0.00} commits; state writes {string.Join(", ", c.StateWrites.Select(w => Invariant($"{w.Name} {w.Writes:0.00}")))}")
        : Missing;

    // The CPU of one operation, the most a second the cores could give at that cost, and (for a
    // mutation) the ratio to the plain inserts that ceiling would allow.
    private static string Cpu(CpuCost? cost, LoadResult? inserts) => cost is { } c
        ? Invariant($"{c.SiloMs:0.00} + {c.PostgresMs:0.00} + {c.ClientMs:0.00} = {c.TotalMs:0.00} ms: at most {c.CeilingPerSecond:0}/s on {Environment.ProcessorCount} cores with no waiting")
            + (inserts is { } i ? Invariant($" (ratio to the inserts ≤ {c.CeilingPerSecond / i.RequestsPerSecond:0.00})") : "")
        : Missing;

    private static string Met(bool met) => met ? "met" : "NOT met";

    private static string Seconds(TimeSpan? value) => value is { } v ? Invariant($"{v.TotalSeconds:0.00} s") : Missing;

    private static string MiB(double? value) => value is { } v ? Invariant($"{v:0} MiB") : Missing;

    private static string Rate(LoadResult? load) => load is { } l
        ? Invariant($"{l.RequestsPerSecond:0} req/s (p50 {l.P50Ms:0.00} ms, p99 {l.P99Ms:0.00} ms)")
        : Missing;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
