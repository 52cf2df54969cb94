namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>SatelliteAlertConnection</c>.</summary>
public sealed class SatelliteAlertConnectionType() : ConnectionType<SatelliteAlertType, SatelliteAlertEdgeType, SatelliteAlert>("SatelliteAlertConnection");

/// <summary>GraphQL type <c>SatelliteAlertEdge</c>.</summary>
public sealed class SatelliteAlertEdgeType() : EdgeType<SatelliteAlertType, SatelliteAlert>("SatelliteAlertEdge");
