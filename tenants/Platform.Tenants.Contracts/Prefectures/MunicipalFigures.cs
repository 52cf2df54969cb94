namespace Platform.Tenants.Prefectures;

/// <summary>
/// What one municipality currently contributes to its prefecture's totals for one fiscal year.
/// Reports replace the previous one, so a repeated report never counts twice.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.municipal-figures.v1")]
public sealed record MunicipalFigures(
    [property: Id(0)] string MunicipalityCode,
    [property: Id(1)] int FiscalYear,
    [property: Id(2)] ProgramTier? Tier,
    [property: Id(3)] MunicipalRequestStatus? Requests);
