using GraphQL.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Consultations.Types;

/// <summary>The payload of a consultation mutation: <c>{ clientMutationId consultation errors }</c>.</summary>
public abstract class ConsultationPayloadType : ObjectGraphType<MutationPayload<ConsultationNode>>
{
    /// <summary>Defines the fields under <paramref name="name"/>.</summary>
    protected ConsultationPayloadType(string name)
    {
        Name = name;
        Field(x => x.ClientMutationId, nullable: true);
        Field<ConsultationGraphType>("consultation")
            .Description("The consultation as it now stands; null when errors is not empty.")
            .Resolve(ctx => ctx.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}
