using Platform.GraphQL.Relay;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>ContactEdge</c>.</summary>
public sealed class ContactEdgeType() : EdgeType<ContactType, Contact>("ContactEdge");
