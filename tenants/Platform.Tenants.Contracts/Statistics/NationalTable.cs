namespace Platform.Tenants.Statistics;

/// <summary>
/// The published national statistics of a fiscal year: the nation and its 47 prefectures,
/// suppressed together so that no total recovers a hidden prefecture figure.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.national-table.v1")]
public sealed record NationalTable(
    [property: Id(0)] int FiscalYear,
    [property: Id(1)] StatisticsSheet Nation,
    [property: Id(2)] ImmutableArray<PrefectureSheet> Prefectures);
