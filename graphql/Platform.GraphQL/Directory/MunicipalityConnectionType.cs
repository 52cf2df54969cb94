namespace Platform.GraphQL.Directory;

/// <summary>GraphQL type <c>MunicipalityConnection</c>.</summary>
public sealed class MunicipalityConnectionType() : ConnectionType<MunicipalityGraphType, MunicipalityEdgeType, MunicipalityInfo>("MunicipalityConnection");

/// <summary>GraphQL type <c>MunicipalityEdge</c>.</summary>
public sealed class MunicipalityEdgeType() : EdgeType<MunicipalityGraphType, MunicipalityInfo>("MunicipalityEdge");
