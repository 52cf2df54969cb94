namespace Platform.Benchmarks;

/// <summary>One page of a Relay connection, as far as paging needs it.</summary>
/// <param name="Count">Edges on the page.</param>
/// <param name="HasNextPage">Whether another page follows.</param>
/// <param name="EndCursor">The cursor to ask for the next page with.</param>
internal readonly record struct Page(int Count, bool HasNextPage, string? EndCursor)
{
    /// <summary>Reads a connection with <c>edges</c> and <c>pageInfo { hasNextPage endCursor }</c>; more than <paramref name="pageSize"/> edges is an error.</summary>
    public static Page Of(JsonElement connection, int pageSize)
    {
        var edges = connection.GetProperty("edges").GetArrayLength();
        if (edges > pageSize)
        {
            throw new InvalidOperationException($"A page held {edges} items; asked for {pageSize}.");
        }

        var pageInfo = connection.GetProperty("pageInfo");
        return new Page(edges, pageInfo.GetProperty("hasNextPage").GetBoolean(), pageInfo.GetProperty("endCursor").GetString());
    }
}
