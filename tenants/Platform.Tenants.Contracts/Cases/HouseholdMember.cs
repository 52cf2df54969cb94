namespace Platform.Tenants.Cases;

/// <summary>A member of the person's household and their relationship to the person.</summary>
[GenerateSerializer, Immutable, Alias("platform.household-member.v1")]
public sealed record HouseholdMember(
    [property: Id(0)] string Relationship,
    [property: Id(1)] string? Name,
    [property: Id(2)] int? BirthYear,
    [property: Id(3)] AgeBand? AgeBand,
    [property: Id(4)] string? Notes);
