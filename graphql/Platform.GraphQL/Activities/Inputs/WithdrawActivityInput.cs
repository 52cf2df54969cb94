namespace Platform.GraphQL.Activities.Inputs;

/// <summary>The input of <c>withdrawActivity</c>.</summary>
public sealed class WithdrawActivityInput : MutationInput
{
    /// <summary>The id of the activity, as <c>recordActivity</c> returned it.</summary>
    public string ActivityId { get; set; } = "";

    /// <summary>Why it is withdrawn; kept with it.</summary>
    public string Reason { get; set; } = "";
}

/// <summary>GraphQL input <c>WithdrawActivityInput</c>.</summary>
public sealed class WithdrawActivityInputType : InputObjectGraphType<WithdrawActivityInput>
{
    public WithdrawActivityInputType()
    {
        Name = "WithdrawActivityInput";
        Description = "The input of withdrawActivity.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<NonNullGraphType<IdGraphType>>("activityId").Description("An activity of the caller's own tenant.");
        Field(x => x.Reason).Description("Required; kept with the withdrawn activity.");
    }
}
