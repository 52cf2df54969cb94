using GraphQL.Types;

namespace Platform.GraphQL.Relay;

/// <summary>A Relay edge type: <c>{ cursor node }</c>.</summary>
public class EdgeType<TNodeType, T> : ObjectGraphType<Edge<T>>
    where TNodeType : IGraphType
{
    /// <summary>Defines the fields under the given type name.</summary>
    protected EdgeType(string name)
    {
        Name = name;
        Field(x => x.Cursor);
        Field<NonNullGraphType<TNodeType>>("node").Resolve(ctx => ctx.Source.Node);
    }
}
