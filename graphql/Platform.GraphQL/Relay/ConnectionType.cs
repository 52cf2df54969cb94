namespace Platform.GraphQL.Relay;

/// <summary>A Relay connection type: <c>{ edges { cursor node } nodes pageInfo totalCount }</c>.</summary>
public class ConnectionType<TNodeType, TEdgeType, T> : ObjectGraphType<Connection<T>>
    where TNodeType : IGraphType
    where TEdgeType : IGraphType
{
    /// <summary>Defines the fields under the given type name.</summary>
    protected ConnectionType(string name)
    {
        Name = name;
        Description = $"A page of {name[..^"Connection".Length]} items (a Relay connection): edges with cursors, the nodes alone, where the page lies and the total.";
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges").Description(ConnectionDescriptions.Edges).Resolve(ctx => new PageItems<Edge<T>>(ctx.Source.Edges, ctx.Source.Loads));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Description(ConnectionDescriptions.Nodes).Resolve(ctx => new PageItems<T>([.. ctx.Source.Nodes], ctx.Source.Loads));
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Description(ConnectionDescriptions.PageInfo).Resolve(ctx => ctx.Source.PageInfo);
        Field(x => x.TotalCount).Description("How many items the connection has in all (every page, after the filters).");
    }
}

/// <summary>The descriptions of the fields every connection has.</summary>
internal static class ConnectionDescriptions
{
    /// <summary>Of <c>edges</c>.</summary>
    public const string Edges = "The page's items, each with its cursor.";

    /// <summary>Of <c>nodes</c>.</summary>
    public const string Nodes = "The page's items without cursors, in the same order as edges.";

    /// <summary>Of <c>pageInfo</c>.</summary>
    public const string PageInfo = "Where the page starts and ends, and whether items precede or follow it.";
}
