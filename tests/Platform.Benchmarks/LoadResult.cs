namespace Platform.Benchmarks;

/// <summary>What a closed-loop load run measured for one kind of request.</summary>
/// <param name="Name">What was requested, for the report.</param>
/// <param name="Requests">Requests completed inside the measured window.</param>
/// <param name="Seconds">Length of the measured window.</param>
/// <param name="P50Ms">Median latency in milliseconds.</param>
/// <param name="P99Ms">99th-percentile latency in milliseconds.</param>
internal sealed record LoadResult(string Name, int Requests, double Seconds, double P50Ms, double P99Ms)
{
    /// <summary>Completed requests per second.</summary>
    public double RequestsPerSecond => Requests / Seconds;
}
