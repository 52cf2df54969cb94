namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>reassignCase</c>.</summary>
public sealed class ReassignCaseInput : CaseMutationInput
{
    /// <summary>The worker who takes the case (a subject id).</summary>
    public string Assignee { get; set; } = "";

    /// <summary>Why, kept in the case's history.</summary>
    public string? Reason { get; set; }
}

/// <summary>GraphQL input <c>ReassignCaseInput</c>.</summary>
public sealed class ReassignCaseInputType : CaseMutationInputType<ReassignCaseInput>
{
    public ReassignCaseInputType() : base("ReassignCaseInput")
    {
        Description = "The input of reassignCase.";
        Field(x => x.Assignee).Description("The worker who takes the case (a subject id); not empty.");
        Field(x => x.Reason, nullable: true).Description("Why; kept in the case's history.");
    }
}
