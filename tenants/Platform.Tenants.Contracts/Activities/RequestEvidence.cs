namespace Platform.Tenants.Activities;

/// <summary>
/// What a municipality's own records show for the three requests in one fiscal year: a desk set
/// (clarified) and publicised, a recorded fact-finding survey, a recorded meeting of the
/// municipal platform. It backs the reported status: a request counts as done when either says so.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.request-evidence.v1")]
public sealed record RequestEvidence(
    [property: Id(0)] int FiscalYear,
    [property: Id(1)] bool DeskClarified,
    [property: Id(2)] bool DeskPublicized,
    [property: Id(3)] bool FactFindingSurvey,
    [property: Id(4)] bool MunicipalPlatform)
{
    /// <summary>True when the records show none of the requests done.</summary>
    public bool IsEmpty => !DeskClarified && !DeskPublicized && !FactFindingSurvey && !MunicipalPlatform;
}
