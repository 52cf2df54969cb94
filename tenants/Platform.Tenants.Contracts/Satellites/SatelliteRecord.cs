namespace Platform.Tenants.Satellites;

/// <summary>
/// A satellite of a prefecture's center inside one of its municipalities. Its id is unique
/// within the prefecture; its cases belong to the prefecture's tenant while it operates.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.satellite.v1")]
public sealed record SatelliteRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] string PrefectureCode,
    [property: Id(2)] string MunicipalityCode,
    [property: Id(3)] SatelliteStatus Status,
    [property: Id(4)] DateOnly EstablishedOn,
    [property: Id(5)] DateOnly PlannedTransitionOn,
    [property: Id(6)] DateOnly? TransitionedOn,
    [property: Id(7)] DateOnly? ClosedOn,
    [property: Id(8)] ImmutableArray<SatelliteEvent> History,
    [property: Id(9)] ImmutableArray<string> TransferredCaseIds,
    [property: Id(10)] ImmutableArray<string> FollowUpCaseIds)
{
    /// <summary>True while the satellite is planned or operating: it can still be due.</summary>
    public bool IsActive => Status is SatelliteStatus.Planned or SatelliteStatus.Operating;

    /// <summary>Days from <paramref name="today"/> to the planned transition (negative when past); null once it ended.</summary>
    public int? DaysUntilTransition(DateOnly today) => IsActive ? PlannedTransitionOn.DayNumber - today.DayNumber : null;

    /// <summary>True when the planned transition date has passed and the satellite is still active.</summary>
    public bool IsOverdue(DateOnly today) => IsActive && today > PlannedTransitionOn;

    /// <summary>The satellite as of <paramref name="today"/>: a planned one operates from its establishment date on.</summary>
    public SatelliteRecord AsOf(DateOnly today) =>
        Status == SatelliteStatus.Planned && today >= EstablishedOn ? this with { Status = SatelliteStatus.Operating } : this;

    /// <summary>The key of its grain: "{prefecture LG code}/{id}".</summary>
    public static string GrainKey(string prefectureLgCode, string id) => $"{prefectureLgCode}/{id}";
}
