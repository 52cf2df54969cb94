using GraphQL.Types;
using Platform.GraphQL.Types;
using Platform.Tenants.Activities;

namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>RecordActivityPayload</c>.</summary>
public sealed class RecordActivityPayloadType : ObjectGraphType<MutationPayload<Activity>>
{
    /// <summary>Defines the fields.</summary>
    public RecordActivityPayloadType()
    {
        Name = "RecordActivityPayload";
        Field(x => x.ClientMutationId, nullable: true);
        Field<ActivityType>("activity").Description("Null when errors is not empty.").Resolve(ctx => ctx.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}
