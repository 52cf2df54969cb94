namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>ContactConnection</c>.</summary>
public sealed class ContactConnectionType() : ConnectionType<ContactType, ContactEdgeType, Contact>("ContactConnection");

/// <summary>GraphQL type <c>ContactEdge</c>.</summary>
public sealed class ContactEdgeType() : EdgeType<ContactType, Contact>("ContactEdge");
