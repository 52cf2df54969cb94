namespace Platform.Tenants.Cases;

/// <summary>
/// What an officer records when a case is opened. <see cref="SatelliteId"/> names the satellite
/// of the caller's prefecture that handles the case, if any.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.case-intake.v1")]
public sealed record CaseIntake(
    [property: Id(0)] DateOnly OpenedOn,
    [property: Id(1)] ReferralSource ReferralSource,
    [property: Id(2)] CaseSubject? Subject,
    [property: Id(3)] Household? Household,
    [property: Id(4)] WithdrawalDuration? WithdrawalDuration,
    [property: Id(5)] ImmutableArray<Concern> Concerns,
    [property: Id(6)] string? AssignedTo,
    [property: Id(7)] string? Notes,
    [property: Id(8)] string? SatelliteId = null);
