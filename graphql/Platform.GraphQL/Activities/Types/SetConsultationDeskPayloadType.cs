using GraphQL.Types;
using Platform.GraphQL.Types;
using Platform.Tenants.Activities;

namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>SetConsultationDeskPayload</c>.</summary>
public sealed class SetConsultationDeskPayloadType : ObjectGraphType<MutationPayload<ConsultationDesk>>
{
    /// <summary>Defines the fields.</summary>
    public SetConsultationDeskPayloadType()
    {
        Name = "SetConsultationDeskPayload";
        Field(x => x.ClientMutationId, nullable: true);
        Field<ConsultationDeskType>("consultationDesk").Description("Null when errors is not empty.").Resolve(ctx => ctx.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}
