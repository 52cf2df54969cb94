namespace Platform.Tenants.Activities;

/// <summary>Where a planned activity stands.</summary>
public enum PlannedActivityStatus
{
    /// <summary>Announced for a future day; counts nowhere.</summary>
    Planned = 0,

    /// <summary>Took place: recorded as an activity (with its attendance), which counts.</summary>
    Held = 1,

    /// <summary>Called off, with a reason; counts nowhere.</summary>
    Cancelled = 2,
}

/// <summary>
/// A seminar, family meeting, peer group, awareness event or place-of-belonging session planned
/// for a day. Only when it is HELD does it become an <see cref="Activity"/>, which is what counts
/// as evidence of a function and in the statistics. No personal data.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.planned-activity.v1")]
public sealed record PlannedActivity(
    [property: Id(0)] string Id,
    [property: Id(1)] ActivityKind Kind,
    [property: Id(2)] DateOnly PlannedOn,
    [property: Id(3)] string? PlaceId,
    [property: Id(4)] string? Title,
    [property: Id(5)] PlannedActivityStatus Status,
    [property: Id(6)] string? ActivityId,
    [property: Id(7)] string? CancelReason);

/// <summary>The outcome of a planning command: the planned activity as it stands, or user errors and no change.</summary>
[GenerateSerializer, Immutable, Alias("platform.planned-activity-result.v1")]
public sealed record PlannedActivityResult(
    [property: Id(0)] PlannedActivity? Planned,
    [property: Id(1)] ImmutableArray<UserError> Errors)
{
    /// <summary>A result that changed nothing, with one user error.</summary>
    public static PlannedActivityResult Fail(string code, string message, string field) => new(null, [new UserError(code, message, ["input", field])]);
}
