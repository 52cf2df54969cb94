using GraphQL.Types;

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
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TEdgeType>>>>("edges").Resolve(ctx => ctx.Source.Edges);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TNodeType>>>>("nodes").Resolve(ctx => ctx.Source.Nodes);
        Field<NonNullGraphType<PageInfoType>>("pageInfo").Resolve(ctx => ctx.Source.PageInfo);
        Field(x => x.TotalCount);
    }
}
