using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;

namespace Platform.Benchmarks;

/// <summary>Prints the results: an aligned table for the console and a Markdown block for the README.</summary>
internal static class Report
{
    /// <summary>The throughput ratio the issue asks for: GraphQL at least half the bare JSON baseline.</summary>
    public const double ThroughputTarget = 0.5;

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
                ? Invariant($"{p.AllPagesMs:0.0} ms for {p.Pages} pages, {p.Municipalities} municipalities")
                : Missing),
            ("Single page of 100 (median)", r.Paging is { } s ? Invariant($"{s.SinglePageMs:0.0} ms") : Missing),
            ("Paging ratio all / single page", r.Paging is { } q
                ? Invariant($"{q.Ratio:0.0} (median of {q.Repetitions} each)")
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
        markdown.Append("Client and silo (with its own PostgreSQL) share the machine; memory is the silo process alone.");
        return markdown.ToString();
    }

    private static string Seconds(TimeSpan? value) => value is { } v ? Invariant($"{v.TotalSeconds:0.00} s") : Missing;

    private static string MiB(double? value) => value is { } v ? Invariant($"{v:0} MiB") : Missing;

    private static string Rate(LoadResult? load) => load is { } l
        ? Invariant($"{l.RequestsPerSecond:0} req/s (p50 {l.P50Ms:0.00} ms, p99 {l.P99Ms:0.00} ms)")
        : Missing;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
