using GraphQL.Types;
using Platform.GraphQL.Types;
using Platform.Tenants.Activities;

namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>RegisterPlaceOfBelongingPayload</c>.</summary>
public sealed class RegisterPlaceOfBelongingPayloadType : ObjectGraphType<MutationPayload<PlaceOfBelonging>>
{
    /// <summary>Defines the fields.</summary>
    public RegisterPlaceOfBelongingPayloadType()
    {
        Name = "RegisterPlaceOfBelongingPayload";
        Field(x => x.ClientMutationId, nullable: true);
        Field<PlaceOfBelongingType>("placeOfBelonging").Description("Null when errors is not empty.").Resolve(ctx => ctx.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}
