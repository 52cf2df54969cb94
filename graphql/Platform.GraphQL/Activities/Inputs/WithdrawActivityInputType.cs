using Platform.GraphQL.Infrastructure;
using GraphQL.Types;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Activities.Inputs;

/// <summary>GraphQL input <c>WithdrawActivityInput</c>.</summary>
public sealed class WithdrawActivityInputType : InputObjectGraphType<WithdrawActivityInput>
{
    /// <summary>Defines the fields.</summary>
    public WithdrawActivityInputType()
    {
        Name = "WithdrawActivityInput";
        Description = "The input of withdrawActivity.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<NonNullGraphType<IdGraphType>>("activityId").Description("An activity of the caller's own tenant.");
        Field(x => x.Reason).Description("Required; kept with the withdrawn activity.");
    }
}
