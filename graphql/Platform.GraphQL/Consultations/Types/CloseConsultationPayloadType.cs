namespace Platform.GraphQL.Consultations.Types;

/// <summary>GraphQL type <c>CloseConsultationPayload</c>.</summary>
public sealed class CloseConsultationPayloadType() : ConsultationPayloadType("CloseConsultationPayload");
