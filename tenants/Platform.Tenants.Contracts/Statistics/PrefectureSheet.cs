namespace Platform.Tenants.Statistics;

/// <summary>One prefecture's row of the published national table.</summary>
[GenerateSerializer, Immutable, Alias("platform.prefecture-sheet.v1")]
public sealed record PrefectureSheet(
    [property: Id(0)] string PrefectureCode,
    [property: Id(1)] StatisticsSheet Sheet);
