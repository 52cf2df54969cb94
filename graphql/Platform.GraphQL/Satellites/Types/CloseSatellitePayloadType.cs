namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>CloseSatellitePayload</c>.</summary>
public sealed class CloseSatellitePayloadType() : SatellitePayloadType("CloseSatellitePayload");
