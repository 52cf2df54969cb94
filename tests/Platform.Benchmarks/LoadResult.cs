namespace Platform.Benchmarks;

/// <summary>What a closed-loop load run measured for one kind of iteration.</summary>
/// <param name="Name">What was done, for the report.</param>
/// <param name="Requests">Iterations (requests, mutation pairs, inserts) completed inside the measured window.</param>
/// <param name="Seconds">Length of the measured window.</param>
/// <param name="P50Ms">Median latency of an iteration in milliseconds.</param>
/// <param name="P99Ms">99th-percentile latency of an iteration in milliseconds.</param>
internal sealed record LoadResult(string Name, int Requests, double Seconds, double P50Ms, double P99Ms)
{
    /// <summary>Completed iterations per second.</summary>
    public double RequestsPerSecond => Requests / Seconds;
}
