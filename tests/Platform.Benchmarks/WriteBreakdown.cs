namespace Platform.Benchmarks;

/// <summary>
/// Where one case mutation's time goes, measured with one client so nothing overlaps: the
/// latency of openCase and of recordContact, of a refused openCase that never reaches a grain
/// (HTTP, parsing, validation, authorization), and of one plain durable insert (one commit);
/// and, read exactly from the database, the commits, grain state writes and audit entries
/// each mutation made.
/// </summary>
/// <param name="OpenMs">Median openCase latency.</param>
/// <param name="ContactMs">Median recordContact latency.</param>
/// <param name="HttpOnlyMs">Median latency of an openCase refused by the resolver.</param>
/// <param name="CommitMs">Median latency of one plain insert in its own transaction.</param>
/// <param name="Open">Database writes per openCase.</param>
/// <param name="Contact">Database writes per recordContact.</param>
internal sealed record WriteBreakdown(double OpenMs, double ContactMs, double HttpOnlyMs, double CommitMs, WriteCost Open, WriteCost Contact)
{
    /// <summary>Sequential operations per measure.</summary>
    public const int Operations = 200;

    // Long enough for the case book's coalesced roll-up (one second after a change) to be counted.
    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(2);

    /// <summary>Runs the measures against <paramref name="client"/>'s tenant, which should have no other traffic.</summary>
    public static async Task<WriteBreakdown> MeasureAsync(CaseClient client, SiloDatabase database, CancellationToken ct)
    {
        for (var i = 0; i < 10; i++)
        {
            await client.RecordContactAsync(await client.OpenAsync(ct), ct);
            await client.RefusedOpenAsync(ct);
        }

        var httpOnly = await TimeAsync(_ => client.RefusedOpenAsync(ct));
        await database.CreateScratchTableAsync(ct);
        var commit = await TimeAsync(_ => database.InsertAsync(512, ct));
        await database.DropScratchTableAsync(ct);

        await Task.Delay(Settle, ct);
        var start = await database.WriteCountersAsync(ct);
        var cases = new string[Operations];
        var open = await TimeAsync(async i => cases[i] = await client.OpenAsync(ct));
        await Task.Delay(Settle, ct);
        var opened = await database.WriteCountersAsync(ct);
        var contact = await TimeAsync(i => client.RecordContactAsync(cases[i], ct));
        await Task.Delay(Settle, ct);
        var contacted = await database.WriteCountersAsync(ct);
        return new WriteBreakdown(open, contact, httpOnly, commit, opened.Since(start, Operations), contacted.Since(opened, Operations));
    }

    /// <summary>One line for the report: latency, its parts, and the writes behind it.</summary>
    public static string Describe(double latencyMs, double httpOnlyMs, double commitMs, WriteCost cost)
    {
        var states = string.Join(", ", cost.StateWrites.Select(s => string.Create(CultureInfo.InvariantCulture, $"{s.Name} {s.Writes:0.##}")));
        return string.Create(CultureInfo.InvariantCulture,
            $"p50 {latencyMs:0.0} ms = HTTP+validation {httpOnlyMs:0.0} ms + grains {latencyMs - httpOnlyMs:0.0} ms; "
            + $"{cost.Commits:0.##} commits (≈ {cost.Commits * commitMs:0.0} ms at {commitMs:0.00} ms each): "
            + $"state writes {states}; audit entries {cost.AuditEntries:0.##}");
    }

    private static async Task<double> TimeAsync(Func<int, Task> operation)
    {
        var latencies = new double[Operations];
        for (var i = 0; i < Operations; i++)
        {
            var started = Stopwatch.GetTimestamp();
            await operation(i);
            latencies[i] = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        }

        return Stats.Percentile(latencies, 50);
    }
}
