namespace Platform.Tenants.Requests;

/// <summary>
/// How many municipalities did each of the three requests in one fiscal year, out of
/// <see cref="Municipalities"/> (the denominator: all municipalities in the area).
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.request-status-summary.v1")]
public sealed record RequestStatusSummary(
    [property: Id(0)] int FiscalYear,
    [property: Id(1)] int Municipalities,
    [property: Id(2)] int DeskClarified,
    [property: Id(3)] int DeskPublicized,
    [property: Id(4)] int FactFindingSurvey,
    [property: Id(5)] int MunicipalPlatform,
    [property: Id(6)] string? Note = null)
{
    /// <summary>The sum of two summaries of the same fiscal year (notes are dropped).</summary>
    public RequestStatusSummary Add(RequestStatusSummary other) => new(
        FiscalYear,
        Municipalities + other.Municipalities,
        DeskClarified + other.DeskClarified,
        DeskPublicized + other.DeskPublicized,
        FactFindingSurvey + other.FactFindingSurvey,
        MunicipalPlatform + other.MunicipalPlatform);
}
