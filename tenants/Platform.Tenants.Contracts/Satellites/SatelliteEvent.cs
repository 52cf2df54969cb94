namespace Platform.Tenants.Satellites;

/// <summary>
/// One entry of a satellite's history: what happened, on which date, by whom, why, and the
/// planned transition date that held afterwards.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.satellite-event.v1")]
public sealed record SatelliteEvent(
    [property: Id(0)] SatelliteEventKind Kind,
    [property: Id(1)] DateOnly On,
    [property: Id(2)] string By,
    [property: Id(3)] string? Reason,
    [property: Id(4)] DateOnly PlannedTransitionOn);
