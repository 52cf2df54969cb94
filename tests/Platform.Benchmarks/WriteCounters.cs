namespace Platform.Benchmarks;

/// <summary>One reading of what the database has written (<see cref="SiloDatabase.WriteCountersAsync"/>).</summary>
/// <param name="NextTransaction">The next transaction id: every writing transaction takes one.</param>
/// <param name="StateVersions">Sum of stored versions by grain state name (shards folded into <c>name-N</c>).</param>
/// <param name="AuditRows">Rows in <c>audit_log</c>.</param>
internal sealed record WriteCounters(long NextTransaction, IReadOnlyDictionary<string, long> StateVersions, long AuditRows)
{
    /// <summary>What happened between <paramref name="before"/> and this reading, per <paramref name="operations"/>.</summary>
    public WriteCost Since(WriteCounters before, int operations)
    {
        var states = StateVersions
            .Select(kv => (Name: Family(kv.Key), Writes: kv.Value - before.StateVersions.GetValueOrDefault(kv.Key)))
            .GroupBy(s => s.Name, StringComparer.Ordinal)
            .Select(g => (Name: g.Key, Writes: g.Sum(s => s.Writes)))
            .Where(s => s.Writes > 0)
            .OrderByDescending(s => s.Writes)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => (s.Name, (double)s.Writes / operations))
            .ToList();

        // The reading itself is a read-only transaction and takes no transaction id.
        return new WriteCost((double)(NextTransaction - before.NextTransaction) / operations, states, (double)(AuditRows - before.AuditRows) / operations);
    }

    // The shards of a book ("case-book-3.5", "work-12.1") counted as one: "case-book shards".
    private static string Family(string stateName) =>
        System.Text.RegularExpressions.Regex.Match(stateName, @"^(case-book|work)-\d+(\.\d+)?$") is { Success: true } m ? $"{m.Groups[1].Value} shards" : stateName;
}

/// <summary>Database writes per operation.</summary>
/// <param name="Commits">Writing transactions (commits) per operation.</param>
/// <param name="StateWrites">Grain state writes per operation, by state name, most first.</param>
/// <param name="AuditEntries">Audit entries appended per operation.</param>
internal sealed record WriteCost(double Commits, IReadOnlyList<(string Name, double Writes)> StateWrites, double AuditEntries);
