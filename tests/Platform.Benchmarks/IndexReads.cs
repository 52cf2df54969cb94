namespace Platform.Benchmarks;

/// <summary>
/// The reads that must answer from an index in a tenant with many cases and tasks, each timed
/// by one client over the same requests interleaved (so the machine's load moves them alike),
/// and given as a ratio of its p50 to the p50 of one page of <c>cases</c>.
/// </summary>
/// <param name="client">A caseworker of the tenant (the one whose tasks <c>myWork</c> lists).</param>
/// <param name="idle">A caseworker of the same tenant with no task: its <c>myWork</c> must cost what an empty answer costs, whatever the tenant holds.</param>
internal sealed class IndexReads(GraphQLClient client, GraphQLClient idle)
{
    /// <summary>Requests of each read.</summary>
    public const int Requests = 40;

    /// <summary>The reference: one page of 100 of the tenant's cases.</summary>
    public const string CasesPage = "{ cases(first: 100) { edges { node { id caseNumber status } } pageInfo { hasNextPage endCursor } } }";

    // Every filled case was opened on 2025-06-01 with no contact: the first date matches them all,
    // the second none, so the filter has to pass over every case unless an index narrows it.
    private const string Idle = "myWork(due: WEEK) of a worker with no task";

    private static readonly (string Name, string Query)[] Reads =
    [
        ("myWork(due: WEEK)", "{ myWork(due: WEEK) { id caseId dueAt status } }"),
        (Idle, "{ myWork(due: WEEK) { id caseId dueAt status } }"),
        ("myWork(due: OVERDUE)", "{ myWork(due: OVERDUE) { id caseId dueAt status } }"),
        ("cases(first: 100, lastContactBefore:) matching every case", "{ cases(first: 100, lastContactBefore: \"2026-01-01\") { edges { node { id caseNumber status } } pageInfo { hasNextPage } } }"),
        ("cases(first: 100, lastContactBefore:) matching none", "{ cases(first: 100, lastContactBefore: \"2025-05-01\") { edges { node { id caseNumber status } } pageInfo { hasNextPage } } }"),
    ];

    /// <summary>Times every read and the reference, round-robin, <see cref="Requests"/> of each after one warm-up.</summary>
    public async Task<IndexReadResults> MeasureAsync(CancellationToken ct)
    {
        var all = new[] { ("cases(first: 100)", CasesPage) }.Concat(Reads).ToArray();
        var times = all.Select(_ => new List<double>()).ToArray();
        var items = new int[all.Length];
        for (var round = 0; round <= Requests; round++)
        {
            for (var i = 0; i < all.Length; i++)
            {
                var clock = Stopwatch.StartNew();
                var data = await (all[i].Item1 == Idle ? idle : client).PostAsync(all[i].Item2, new { }, ct);
                if (round > 0)
                {
                    times[i].Add(clock.Elapsed.TotalMilliseconds);
                }
                else
                {
                    items[i] = ItemsIn(data);
                }
            }
        }

        var pageP50 = Stats.Median(times[0]);
        var rows = all.Select((r, i) => new IndexRead(r.Item1, items[i], Stats.Median(times[i]), Stats.Percentile(times[i], 99), Stats.Median(times[i]) / pageP50)).ToList();
        return new IndexReadResults(rows);
    }

    // The items of the answer's one field: a list's length, or a connection's edges.
    private static int ItemsIn(System.Text.Json.JsonElement data)
    {
        var field = data.EnumerateObject().First().Value;
        return field.ValueKind == System.Text.Json.JsonValueKind.Array ? field.GetArrayLength() : field.GetProperty("edges").GetArrayLength();
    }
}

/// <summary>One read: the items it answered, p50 and p99 in ms, and its p50 over the p50 of one page of cases.</summary>
internal sealed record IndexRead(string Name, int Items, double P50Ms, double P99Ms, double Ratio);

/// <summary>The index reads, the reference first.</summary>
internal sealed record IndexReadResults(IReadOnlyList<IndexRead> Reads);
