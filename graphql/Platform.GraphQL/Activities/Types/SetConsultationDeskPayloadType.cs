using Platform.GraphQL.Types;
using Platform.Tenants.Activities;

namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>SetConsultationDeskPayload</c>.</summary>
public sealed class SetConsultationDeskPayloadType()
    : PayloadType<ConsultationDeskType, ConsultationDesk>("SetConsultationDeskPayload", "consultationDesk", "Null when errors is not empty.");
