namespace Platform.Tenants.Consultations;

/// <summary>A consultation as the prefecture's list shows it: which municipality asked, when, and where it stands.</summary>
[GenerateSerializer, Immutable, Alias("platform.consultation-entry.v1")]
public sealed record ConsultationEntry(
    [property: Id(0)] string GrainKey,
    [property: Id(1)] string MunicipalityCode,
    [property: Id(2)] ConsultationStatus Status,
    [property: Id(3)] DateTimeOffset RequestedAt);
