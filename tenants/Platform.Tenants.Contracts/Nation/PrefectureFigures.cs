namespace Platform.Tenants.Nation;

/// <summary>A prefecture's current totals for one fiscal year, as it reports them to the nation.</summary>
[GenerateSerializer, Immutable, Alias("platform.prefecture-figures.v1")]
public sealed record PrefectureFigures(
    [property: Id(0)] string PrefectureCode,
    [property: Id(1)] ProgramSummary Programs,
    [property: Id(2)] RequestStatusSummary Requests);
