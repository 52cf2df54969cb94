namespace Platform.Benchmarks;

/// <summary>
/// Where a read's time goes inside the silo, per request: the silo runs with
/// <c>GraphQL:StageTimings=true</c> (it logs the mean of each stage every 2,000 requests) and
/// the per-caller rate limiter on (with a limit this single client never reaches). One client
/// sends one request after another, so no stage includes waiting for another request; the line
/// logged after 2,000 more requests than the first one is kept. Development environment, for the
/// caseworker's token.
/// </summary>
internal static class ReadBreakdown
{
    /// <summary>The settings of the silo this runs against.</summary>
    public static readonly string[] SiloSettings =
        ["GraphQL:StageTimings=true", "GraphQL:RateLimit:Enabled=true", "GraphQL:RateLimit:PermitsPerMinute=10000000", "GraphQL:RateLimit:Burst=1000000"];

    private const string Prefix = "GraphQL stage timings";
    private static readonly TimeSpan Budget = TimeSpan.FromMinutes(2);

    /// <summary>Runs each shape until two timing lines were logged for it alone and keeps the second.</summary>
    public static async Task<List<(string Shape, string Line)>> RunAsync(SiloProcess silo, HttpClient http, IEnumerable<ReadShape> shapes, CancellationToken ct)
    {
        var lines = new List<(string, string)>();
        foreach (var shape in shapes)
        {
            Console.WriteLine($"  breakdown: {shape.Name}, one client…");
            var before = LastLine(silo);
            string? first = null;
            var clock = System.Diagnostics.Stopwatch.StartNew();
            while (clock.Elapsed < Budget)
            {
                using (var request = shape.NewRequest())
                using (var response = await http.SendAsync(request, ct))
                {
                    var body = await response.Content.ReadAsStringAsync(ct);
                    if (!response.IsSuccessStatusCode || !shape.IsExpected(body))
                        throw new InvalidOperationException($"{shape.Name}: unexpected answer {(int)response.StatusCode}: {LoadRunner.Truncate(body)}");
                }

                var last = LastLine(silo);
                if (last == before || last == first)
                    continue;
                if (first is null)
                {
                    first = last;
                    continue;
                }

                lines.Add((shape.Name, last!));
                break;
            }
        }

        return lines;
    }

    /// <summary>The lines as a Markdown table: one row per shape, one column per stage.</summary>
    public static string Markdown(IReadOnlyList<(string Shape, string Line)> lines)
    {
        if (lines.Count == 0)
            return "";
        var parsed = lines.Select(l => (l.Shape, Stages: Parse(l.Line))).ToList();
        var stages = parsed[0].Stages.Select(s => s.Name).ToList();
        var text = new StringBuilder();
        text.AppendLine($"| µs per request (one client) | {string.Join(" | ", stages)} |");
        text.AppendLine($"|---|{string.Concat(stages.Select(_ => "---|"))}");
        foreach (var (shape, values) in parsed)
            text.AppendLine($"| {shape} | {string.Join(" | ", values.Select(v => v.Value))} |");
        return text.ToString();
    }

    private static List<(string Name, string Value)> Parse(string line) =>
        [.. line[(line.IndexOf("):", StringComparison.Ordinal) + 2)..]
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => part.Split('='))
            .Where(pair => pair.Length == 2)
            .Select(pair => (pair[0], pair[1]))];

    private static string? LastLine(SiloProcess silo) =>
        silo.Output.Split(Environment.NewLine).LastOrDefault(l => l.Contains(Prefix, StringComparison.Ordinal)) is { } line
            ? line[line.IndexOf(Prefix, StringComparison.Ordinal)..].Trim()
            : null;
}
