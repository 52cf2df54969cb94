namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>TransitionSatellitePayload</c>.</summary>
public sealed class TransitionSatellitePayloadType() : SatellitePayloadType("TransitionSatellitePayload");
