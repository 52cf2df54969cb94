namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>CaseConnection</c>.</summary>
public sealed class CaseConnectionType() : ConnectionType<CaseGraphType, CaseEdgeType, CaseNode>("CaseConnection");

/// <summary>GraphQL type <c>CaseEdge</c>.</summary>
public sealed class CaseEdgeType() : EdgeType<CaseGraphType, CaseNode>("CaseEdge");
