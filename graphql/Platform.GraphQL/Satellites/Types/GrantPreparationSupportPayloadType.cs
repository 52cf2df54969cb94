using GraphQL.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>GrantPreparationSupportPayload</c>.</summary>
public sealed class GrantPreparationSupportPayloadType : ObjectGraphType<MutationPayload<PreparationGrantNode>>
{
    /// <summary>Defines the fields.</summary>
    public GrantPreparationSupportPayloadType()
    {
        Name = "GrantPreparationSupportPayload";
        Field(x => x.ClientMutationId, nullable: true);
        Field<PreparationGrantType>("grant").Resolve(ctx => ctx.Source.Result);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<UserErrorType>>>>("errors").Resolve(ctx => ctx.Source.Errors);
    }
}
