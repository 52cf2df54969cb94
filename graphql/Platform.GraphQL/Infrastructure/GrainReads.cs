namespace Platform.GraphQL.Infrastructure;

/// <summary>
/// Reads many grains for one field a few at a time. A grain read can activate the grain, which
/// loads its state over a pooled database connection: fifty at once would take fifty connections
/// from a pool the whole silo shares, and one request could starve every other.
/// </summary>
public static class GrainReads
{
    /// <summary>How many grain reads one field runs at once.</summary>
    public const int MaxParallel = 8;

    /// <summary>
    /// Runs <paramref name="read"/> for each item, at most <paramref name="maxParallel"/> at a
    /// time, and returns the results in the order of <paramref name="items"/>.
    /// </summary>
    public static async Task<TResult[]> SelectAsync<TItem, TResult>(IReadOnlyList<TItem> items, Func<TItem, Task<TResult>> read, int maxParallel = MaxParallel)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(read);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxParallel, 1);

        var results = new TResult[items.Count];
        var next = -1;
        async Task WorkAsync()
        {
            for (var i = Interlocked.Increment(ref next); i < items.Count; i = Interlocked.Increment(ref next))
                results[i] = await read(items[i]);
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(maxParallel, items.Count)).Select(_ => WorkAsync()));
        return results;
    }
}
