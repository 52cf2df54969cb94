namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>EstablishSatellitePayload</c>.</summary>
public sealed class EstablishSatellitePayloadType() : SatellitePayloadType("EstablishSatellitePayload");
