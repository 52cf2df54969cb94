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
            .Select(kv => (Name: kv.Key, Writes: kv.Value - before.StateVersions.GetValueOrDefault(kv.Key)))
            .Where(s => s.Writes > 0)
            .OrderByDescending(s => s.Writes)
            .ThenBy(s => s.Name, StringComparer.Ordinal)
            .Select(s => (s.Name, (double)s.Writes / operations))
            .ToList();

        // The reading itself is a read-only transaction and takes no transaction id.
        return new WriteCost((double)(NextTransaction - before.NextTransaction) / operations, states, (double)(AuditRows - before.AuditRows) / operations);
    }
}

/// <summary>Database writes per operation.</summary>
/// <param name="Commits">Writing transactions (commits) per operation.</param>
/// <param name="StateWrites">Grain state writes per operation, by state name, most first.</param>
/// <param name="AuditEntries">Audit entries appended per operation.</param>
internal sealed record WriteCost(double Commits, IReadOnlyList<(string Name, double Writes)> StateWrites, double AuditEntries);
