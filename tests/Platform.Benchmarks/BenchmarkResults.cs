namespace Platform.Benchmarks;

/// <summary>Everything one benchmark run measured; filled in as the run goes.</summary>
internal sealed class BenchmarkResults
{
    /// <summary>Process start to the first 200 of <c>/health/ready</c>, including initdb of a new cluster.</summary>
    public TimeSpan? ColdStart { get; set; }

    /// <summary>Process start to ready again on the same data folder.</summary>
    public TimeSpan? WarmStart { get; set; }

    /// <summary>How long the graceful stop after the cold start took.</summary>
    public TimeSpan? ColdStop { get; set; }

    /// <summary>How long the final graceful stop took.</summary>
    public TimeSpan? FinalStop { get; set; }

    /// <summary>The bare JSON baseline, <c>GET /health/live</c>.</summary>
    public LoadResult? Baseline { get; set; }

    /// <summary>The national program summary over GraphQL.</summary>
    public LoadResult? GraphQL { get; set; }

    /// <summary>All municipality pages against one.</summary>
    public PagingResult? Paging { get; set; }

    /// <summary>Peak resident set (VmHWM) of the silo process, MiB.</summary>
    public double? PeakMemoryMiB { get; set; }

    /// <summary>Resident set (VmRSS) of the silo process at the end, MiB.</summary>
    public double? EndMemoryMiB { get; set; }

    /// <summary>openCase + recordContact pairs over GraphQL; one iteration is two mutations.</summary>
    public LoadResult? CaseWrites { get; set; }

    /// <summary>Plain Npgsql inserts of the mean case payload size into the silo's PostgreSQL.</summary>
    public LoadResult? Inserts { get; set; }

    /// <summary>Mean stored size of a case grain's (encrypted) state after the case writes, bytes.</summary>
    public double? CasePayloadBytes { get; set; }

    /// <summary>The server's <c>synchronous_commit</c> during the inserts.</summary>
    public string? SynchronousCommit { get; set; }

    /// <summary>Cases opened in the listed tenant, and the memory they took.</summary>
    public CaseFill? CaseFill { get; set; }

    /// <summary>All pages of the listed tenant's cases against one.</summary>
    public PagingResult? CasePaging { get; set; }

    /// <summary>Case mutations per second over plain inserts per second (two mutations per pair).</summary>
    public double? CaseWriteRatio => CaseWrites is { } c && Inserts is { } i ? 2 * c.RequestsPerSecond / i.RequestsPerSecond : null;

    /// <summary>openCase + recordContact pairs spread over many tenants.</summary>
    public LoadResult? SpreadCaseWrites { get; set; }

    /// <summary>Plain inserts with the spread run's concurrency.</summary>
    public LoadResult? SpreadInserts { get; set; }

    /// <summary>Database writes per mutation during the one-tenant case writes.</summary>
    public WriteCost? CaseWritesCost { get; set; }

    /// <summary>CPU per mutation (warm-up included) of the silo, PostgreSQL and the client during the one-tenant case writes.</summary>
    public CpuCost? CaseWritesCpu { get; set; }

    /// <summary>CPU per plain insert (warm-up included) of PostgreSQL and the client.</summary>
    public CpuCost? InsertsCpu { get; set; }

    /// <summary>Database writes per mutation during the spread case writes.</summary>
    public WriteCost? SpreadCaseWritesCost { get; set; }

    /// <summary>Where one mutation's time and writes go.</summary>
    public WriteBreakdown? Breakdown { get; set; }

    /// <summary>Spread case mutations per second over plain inserts per second at the same concurrency.</summary>
    public double? SpreadCaseWriteRatio =>
        SpreadCaseWrites is { } c && SpreadInserts is { } i ? 2 * c.RequestsPerSecond / i.RequestsPerSecond : null;

    /// <summary>Concurrent clients used for the throughput runs.</summary>
    public int Clients { get; init; }

    /// <summary>GraphQL rate over baseline rate.</summary>
    public double? ThroughputRatio => GraphQL is { } g && Baseline is { } b ? g.RequestsPerSecond / b.RequestsPerSecond : null;

    /// <summary>The reads against the bare endpoint in interleaved windows.</summary>
    public ReadResults Reads { get; } = new();

    /// <summary>The tenant with 10,000 cases: index reads and the case list in Chromium.</summary>
    public ScaleResults? Scale { get; set; }

    /// <summary>What went wrong, in the order it happened; empty for a clean run.</summary>
    public List<string> Failures { get; } = [];
}
