namespace Platform.Tenants.Activities;

/// <summary>
/// A place of belonging (居場所) a tenant runs, registered once; sessions refer to it by
/// <see cref="Id"/>. Only open places with <see cref="IsPublic"/> appear in the public directory;
/// a closed place (<see cref="ClosedOn"/>) takes no sessions after that day.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.place-of-belonging.v1")]
public sealed record PlaceOfBelonging(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Address,
    [property: Id(3)] string? Schedule,
    [property: Id(4)] bool IsPublic,
    [property: Id(5)] DateOnly? ClosedOn = null);
