namespace Platform.Benchmarks;

/// <summary>Order statistics over a set of measurements.</summary>
internal static class Stats
{
    /// <summary>
    /// The <paramref name="percentile"/>th percentile (0–100) by linear interpolation
    /// between the closest ranks; <see cref="double.NaN"/> for no values.
    /// </summary>
    public static double Percentile(IReadOnlyCollection<double> values, double percentile)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(percentile);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percentile, 100);
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var rank = percentile / 100 * (sorted.Length - 1);
        var lower = (int)Math.Floor(rank);
        var upper = (int)Math.Ceiling(rank);
        return sorted[lower] + ((sorted[upper] - sorted[lower]) * (rank - lower));
    }

    /// <summary>The median (50th percentile).</summary>
    public static double Median(IReadOnlyCollection<double> values) => Percentile(values, 50);
}
