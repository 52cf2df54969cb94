namespace Platform.GraphQL.Relay;

/// <summary>One page of a Relay connection.</summary>
public sealed record Connection<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int TotalCount) : IPage
{
    /// <summary>The nodes of the edges, in order.</summary>
    public IEnumerable<T> Nodes => Edges.Select(e => e.Node);

    /// <inheritdoc />
    public PageLoads Loads { get; } = new();
}

/// <summary>A node with the cursor that points at it.</summary>
public sealed record Edge<T>(string Cursor, T Node);

/// <summary>Where a page starts and ends, and whether more items precede or follow it.</summary>
public sealed record PageInfo(bool HasNextPage, string? EndCursor, bool HasPreviousPage = false, string? StartCursor = null);

/// <summary>A page of items, whatever their type: what its items' fields share.</summary>
public interface IPage
{
    /// <summary>The loads the items' fields share (see <see cref="PageLoads"/>).</summary>
    PageLoads Loads { get; }
}
