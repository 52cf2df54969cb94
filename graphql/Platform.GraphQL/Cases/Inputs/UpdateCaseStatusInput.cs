namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>updateCaseStatus</c>.</summary>
public sealed class UpdateCaseStatusInput : CaseMutationInput
{
    /// <summary>ACTIVE or MONITORING.</summary>
    public CaseStatus Status { get; set; }
}

/// <summary>GraphQL input <c>UpdateCaseStatusInput</c>.</summary>
public sealed class UpdateCaseStatusInputType : CaseMutationInputType<UpdateCaseStatusInput>
{
    public UpdateCaseStatusInputType() : base("UpdateCaseStatusInput")
    {
        Description = "The input of updateCaseStatus.";
        Field<NonNullGraphType<CaseStatusEnumType>>("status")
            .Description("ACTIVE or MONITORING; closing, reopening and transferring have their own mutations.");
    }
}
