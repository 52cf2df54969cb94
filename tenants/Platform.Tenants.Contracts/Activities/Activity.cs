namespace Platform.Tenants.Activities;

/// <summary>
/// One recorded activity of a tenant. Counts only: an activity never names a person. Fields
/// beyond <see cref="Kind"/> and <see cref="HeldOn"/> belong to particular kinds (see
/// <c>ActivityRules</c>); the others are null or empty.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.activity.v1")]
public sealed record Activity(
    [property: Id(0)] string Id,
    [property: Id(1)] ActivityKind Kind,
    [property: Id(2)] DateOnly HeldOn,
    [property: Id(3)] int? Participants,
    [property: Id(4)] int? FirstTimeParticipants,
    [property: Id(5)] string? PlaceId,
    [property: Id(6)] int? AgenciesPresent,
    [property: Id(7)] bool MunicipalPlatform,
    [property: Id(8)] bool FamilySeminar,
    [property: Id(9)] ImmutableSortedDictionary<AgencyType, int> Trainees,
    [property: Id(10)] FactFindingSurvey? Survey)
{
    /// <summary>The people an activity counts: trainees for a training, responses for a survey, else participants.</summary>
    public int CountedParticipants => Kind switch
    {
        ActivityKind.StaffTraining => Trainees.Values.Sum(),
        ActivityKind.FactFindingSurvey => Survey?.Responses ?? 0,
        _ => Participants ?? 0,
    };
}
