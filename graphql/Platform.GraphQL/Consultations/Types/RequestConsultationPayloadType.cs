namespace Platform.GraphQL.Consultations.Types;

/// <summary>GraphQL type <c>RequestConsultationPayload</c>.</summary>
public sealed class RequestConsultationPayloadType() : ConsultationPayloadType("RequestConsultationPayload");
