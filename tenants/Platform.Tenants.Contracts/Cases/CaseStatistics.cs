namespace Platform.Tenants.Cases;

/// <summary>
/// Case counters of one area for a fiscal year, or one month of it. No personal data: counts
/// only. Keys of the dictionaries are the enum names.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.case-statistics.v1")]
public sealed record CaseStatistics(
    [property: Id(0)] int FiscalYear,
    [property: Id(1)] int? Month,
    [property: Id(2)] int NewCases,
    [property: Id(3)] int ActiveCases,
    [property: Id(4)] int Households8050,
    [property: Id(5)] ImmutableSortedDictionary<string, int> ContactsByChannel,
    [property: Id(6)] ImmutableSortedDictionary<string, int> NewCasesByAgeBand,
    [property: Id(7)] ImmutableSortedDictionary<string, int> NewCasesByGender,
    [property: Id(8)] ImmutableSortedDictionary<string, int> ReferralsByDestination,
    [property: Id(9)] ImmutableSortedDictionary<string, int> ClosuresByReason);
