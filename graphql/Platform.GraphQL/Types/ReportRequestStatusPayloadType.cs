using GraphQL.Types;
using Platform.Tenants.Requests;

namespace Platform.GraphQL.Types;

/// <summary>GraphQL type <c>ReportRequestStatusPayload</c>.</summary>
public sealed class ReportRequestStatusPayloadType : ObjectGraphType<MutationPayload<MunicipalRequestStatus>>
{
    /// <summary>Defines the fields.</summary>
    public ReportRequestStatusPayloadType()
    {
        Name = "ReportRequestStatusPayload";
        Field(x => x.ClientMutationId, nullable: true);
        Field<MunicipalRequestStatusType>("requestStatus").Resolve(ctx => ctx.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}
