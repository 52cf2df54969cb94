namespace Platform.Tenants.Requests;

/// <summary>
/// A municipality's answer, for one fiscal year, to what every municipality was asked to do since
/// October 2020: make its consultation desk clear (明確化) and publicise it (周知), survey the
/// facts (実態把握), and run a municipal platform (市町村プラットフォーム).
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.municipal-request-status.v1")]
public sealed record MunicipalRequestStatus(
    [property: Id(0)] int FiscalYear,
    [property: Id(1)] bool DeskClarified,
    [property: Id(2)] bool DeskPublicized,
    [property: Id(3)] bool FactFindingSurvey,
    [property: Id(4)] bool MunicipalPlatform);
