namespace Platform.GraphQL.Relay;

/// <summary>A Relay edge type: <c>{ cursor node }</c>.</summary>
public class EdgeType<TNodeType, T> : ObjectGraphType<Edge<T>>
    where TNodeType : IGraphType
{
    /// <summary>Defines the fields under the given type name.</summary>
    protected EdgeType(string name)
    {
        Name = name;
        Description = $"An edge of {name[..^"Edge".Length]}Connection: one item of the page with its cursor.";
        Field(x => x.Cursor).Description("An opaque cursor of this item, for after or before.");
        Field<NonNullGraphType<TNodeType>>("node").Description("The item.").Resolve(ctx => ctx.Source.Node);
    }
}
