namespace Platform.Tenants.Consultations;

/// <summary>Advice the prefecture's center gave, by whom and when.</summary>
[GenerateSerializer, Immutable, Alias("platform.consultation-advice.v1")]
public sealed record ConsultationAdvice(
    [property: Id(0)] string Advice,
    [property: Id(1)] string By,
    [property: Id(2)] DateTimeOffset At);
