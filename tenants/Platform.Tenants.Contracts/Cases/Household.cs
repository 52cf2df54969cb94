namespace Platform.Tenants.Cases;

/// <summary>The household; <see cref="Is8050"/> marks parents around 80 supporting a child around 50.</summary>
[GenerateSerializer, Immutable, Alias("platform.household.v1")]
public sealed record Household(
    [property: Id(0)] bool Is8050,
    [property: Id(1)] ImmutableArray<HouseholdMember> Members);
