namespace Platform.GraphQL.Consultations.Types;

/// <summary>GraphQL type <c>RespondToConsultationPayload</c>.</summary>
public sealed class RespondToConsultationPayloadType() : ConsultationPayloadType("RespondToConsultationPayload");
