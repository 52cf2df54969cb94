using Platform.Tenants.Requests;

namespace Platform.GraphQL.Types;

/// <summary>GraphQL type <c>ReportRequestStatusPayload</c>.</summary>
public sealed class ReportRequestStatusPayloadType()
    : PayloadType<MunicipalRequestStatusType, MunicipalRequestStatus>("ReportRequestStatusPayload", "requestStatus");
