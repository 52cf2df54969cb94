namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>ExtendSatellitePayload</c>.</summary>
public sealed class ExtendSatellitePayloadType() : SatellitePayloadType("ExtendSatellitePayload");
