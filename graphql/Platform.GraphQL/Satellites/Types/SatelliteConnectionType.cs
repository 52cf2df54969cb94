namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>SatelliteConnection</c>.</summary>
public sealed class SatelliteConnectionType() : ConnectionType<SatelliteGraphType, SatelliteEdgeType, SatelliteRecord>("SatelliteConnection");

/// <summary>GraphQL type <c>SatelliteEdge</c>.</summary>
public sealed class SatelliteEdgeType() : EdgeType<SatelliteGraphType, SatelliteRecord>("SatelliteEdge");
