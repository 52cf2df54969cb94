using GraphQL.Types;

namespace Platform.GraphQL.Activities.Inputs;

/// <summary>GraphQL input <c>WithdrawActivityInput</c>.</summary>
public sealed class WithdrawActivityInputType : InputObjectGraphType<WithdrawActivityInput>
{
    /// <summary>Defines the fields.</summary>
    public WithdrawActivityInputType()
    {
        Name = "WithdrawActivityInput";
        Field(x => x.ClientMutationId, nullable: true);
        Field<NonNullGraphType<IdGraphType>>("activityId").Description("An activity of the caller's own tenant.");
        Field(x => x.Reason).Description("Required; kept with the withdrawn activity.");
    }
}
