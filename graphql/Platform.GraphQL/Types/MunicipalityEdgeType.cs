using Platform.GraphQL.Relay;
using Platform.Tenants.Directory;

namespace Platform.GraphQL.Types;

/// <summary>GraphQL type <c>MunicipalityEdge</c>.</summary>
public sealed class MunicipalityEdgeType() : EdgeType<MunicipalityGraphType, MunicipalityInfo>("MunicipalityEdge");
