namespace Platform.Tenants.Consultations;

/// <summary>
/// A municipality's request for advice on one of its cases, and the prefecture's answers. The
/// record holds no personal data of the case: the prefecture's view of the case is built live
/// from the case, under the consent, each time it is read. <see cref="CaseId"/> is shown to the
/// municipality only.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.consultation.v1")]
public sealed record ConsultationRecord(
    [property: Id(0)] string Id,
    [property: Id(1)] string MunicipalityCode,
    [property: Id(2)] string PrefectureCode,
    [property: Id(3)] string? CaseId,
    [property: Id(4)] string Question,
    [property: Id(5)] ConsultationStatus Status,
    [property: Id(6)] DateTimeOffset RequestedAt,
    [property: Id(7)] string RequestedBy,
    [property: Id(8)] ImmutableArray<ConsultationAdvice> Advice,
    [property: Id(9)] DateTimeOffset? ClosedAt)
{
    /// <summary>The key of its grain: "{municipality LG code}/{id}".</summary>
    public string GrainKey => $"{MunicipalityCode}/{Id}";
}
