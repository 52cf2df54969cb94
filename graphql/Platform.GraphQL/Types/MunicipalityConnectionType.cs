using Platform.GraphQL.Relay;
using Platform.Tenants.Directory;

namespace Platform.GraphQL.Types;

/// <summary>GraphQL type <c>MunicipalityConnection</c>.</summary>
public sealed class MunicipalityConnectionType() : ConnectionType<MunicipalityGraphType, MunicipalityEdgeType, MunicipalityInfo>("MunicipalityConnection");
