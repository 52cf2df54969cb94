namespace Platform.Tenants.Cases;

/// <summary>
/// The person a case is about. Everything may be unknown at first: families usually call first,
/// and the person may stay unnamed for a long time.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.case-subject.v1")]
public sealed record CaseSubject(
    [property: Id(0)] string? Name,
    [property: Id(1)] string? Kana,
    [property: Id(2)] int? BirthYear,
    [property: Id(3)] AgeBand? AgeBand,
    [property: Id(4)] Gender? Gender,
    [property: Id(5)] string? Address,
    [property: Id(6)] string? Phone,
    [property: Id(7)] string? Email);
