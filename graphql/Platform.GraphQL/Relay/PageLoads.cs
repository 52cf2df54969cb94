using System.Collections.Concurrent;

namespace Platform.GraphQL.Relay;

/// <summary>
/// Reads that the items of one page share, so that a field of a hundred items makes one grain
/// call rather than a hundred: the first item's resolver starts the read of a key, the others
/// await the same read. It lives with the page (one execution of one request), so nothing read
/// here is kept for another request. GraphQL.NET's DataLoader package would do this; it is not
/// available here.
/// </summary>
public sealed class PageLoads
{
    private readonly ConcurrentDictionary<object, Lazy<Task>> _loads = new();

    /// <summary>
    /// The read of <paramref name="key"/> (equal keys share one read; a key should name what is
    /// read, for example the grain interface and its key), started by <paramref name="load"/>
    /// the first time it is asked for. Every caller gets the same task, so a caller that comes
    /// after the read finished can take its result without waiting.
    /// </summary>
    public Task<T> GetOrAdd<T>(object key, Func<Task<T>> load)
    {
        ArgumentNullException.ThrowIfNull(load);
        return (Task<T>)_loads.GetOrAdd(key, _ => new Lazy<Task>(() => Start(load))).Value;
    }

    // A load that throws before it returns its task fails the shared task, as an async one would.
    private static Task<T> Start<T>(Func<Task<T>> load)
    {
        try
        {
            return load();
        }
        catch (Exception e)
        {
            return Task.FromException<T>(e);
        }
    }

    /// <summary>The loads of the nearest page the field's source lies on; null when it lies on none.</summary>
    public static PageLoads? Of(IResolveFieldContext context)
    {
        // An item's context has the list it is an item of as its source: the connection's edges
        // and nodes fields answer a PageItems.
        for (var parent = context?.Parent; parent is not null; parent = parent.Parent)
        {
            if (parent.Source is IPage page)
                return page.Loads;
        }

        return null;
    }
}

/// <summary>The items of a page (its edges or its nodes) as the connection's fields answer them, with the page's loads.</summary>
/// <typeparam name="T">The item type.</typeparam>
public sealed class PageItems<T>(IReadOnlyList<T> items, PageLoads loads) : IReadOnlyList<T>, IPage
{
    /// <inheritdoc />
    public PageLoads Loads => loads;

    /// <inheritdoc />
    public int Count => items.Count;

    /// <inheritdoc />
    public T this[int index] => items[index];

    /// <inheritdoc />
    public IEnumerator<T> GetEnumerator() => items.GetEnumerator();

    System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
}
