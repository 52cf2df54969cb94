namespace Platform.Tenants.Satellites;

/// <summary>
/// The handover of a satellite: the date, and the program the municipality runs from then on
/// (designated for the fiscal year of <see cref="TransitionedOn"/>).
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.satellite-transition.v1")]
public sealed record SatelliteTransition(
    [property: Id(0)] DateOnly TransitionedOn,
    [property: Id(1)] ProgramTier Tier,
    [property: Id(2)] ImmutableArray<SupportFunction> Functions,
    [property: Id(3)] ProgramOperator? Operator);
