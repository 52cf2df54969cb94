namespace Platform.GraphQL.Relay;

/// <summary>The Relay <c>Node</c> interface: anything with an opaque global id.</summary>
public sealed class NodeInterface : InterfaceGraphType
{
    /// <summary>Defines <c>id: ID!</c>.</summary>
    public NodeInterface()
    {
        Name = "Node";
        Description = "An object with a global id, fetched again with node(id) (Relay).";
        Field<NonNullGraphType<IdGraphType>>("id").Description("An opaque global id.");
    }
}
