namespace Platform.Tests.Cluster;

/// <summary>
/// The figures of a run of <see cref="ClusterLoad"/> (or any stream of
/// <see cref="ClusterLoad.Attempt"/>s), as docs/operations.md reports them.
/// </summary>
public sealed record LoadFigures(
    int Requests, int Failed, int Unavailable, int UnavailableNotRetryable, int Internal, int NoAnswer, int Other, double P50Ms, double P99Ms)
{
    /// <summary>Counts <paramref name="attempts"/>: failures by kind, and the latency of the successful ones.</summary>
    public static LoadFigures Of(IReadOnlyCollection<ClusterLoad.Attempt> attempts)
    {
        var failed = attempts.Where(a => !a.Succeeded).ToList();
        var latencies = attempts.Where(a => a.Succeeded).Select(a => a.Duration.TotalMilliseconds).Order().ToArray();
        return new LoadFigures(
            attempts.Count,
            failed.Count,
            failed.Count(a => a.Code == "UNAVAILABLE" && a.Retryable),
            failed.Count(a => a.Code == "UNAVAILABLE" && !a.Retryable),
            failed.Count(a => a.Code == "INTERNAL"),
            failed.Count(a => a.Status == 0),
            failed.Count(a => a.Status != 0 && a.Code is not ("UNAVAILABLE" or "INTERNAL")),
            Percentile(latencies, 0.50),
            Percentile(latencies, 0.99));
    }

    /// <summary>The value below which <paramref name="fraction"/> of <paramref name="sorted"/> lie (nearest rank).</summary>
    public static double Percentile(double[] sorted, double fraction) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(fraction * sorted.Length) - 1, 0, sorted.Length - 1)];

    /// <inheritdoc />
    public override string ToString() =>
        $"{Requests} requests, {Failed} failed ({Unavailable} UNAVAILABLE retryable, {UnavailableNotRetryable} UNAVAILABLE not retryable, " +
        $"{Internal} INTERNAL, {NoAnswer} without an answer, {Other} other); p50 {P50Ms:F0} ms, p99 {P99Ms:F0} ms";
}
