namespace Platform.Tenants.Consultations;

/// <summary>A consultation as one caller may see it, with the case summary while the consent is in force.</summary>
[GenerateSerializer, Immutable, Alias("platform.consultation-view.v1")]
public sealed record ConsultationView(
    [property: Id(0)] ConsultationRecord Consultation,
    [property: Id(1)] PseudonymisedCaseSummary? Summary);
