namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>updateCaseSubject</c>.</summary>
public sealed class UpdateCaseSubjectInput : CaseMutationInput
{
    /// <summary>The person's details as they now stand.</summary>
    public CaseSubjectInput? Subject { get; set; }

    /// <summary>Why (for a corrected fact), kept in the case's history.</summary>
    public string? Reason { get; set; }
}

/// <summary>GraphQL input <c>UpdateCaseSubjectInput</c>.</summary>
public sealed class UpdateCaseSubjectInputType : CaseMutationInputType<UpdateCaseSubjectInput>
{
    public UpdateCaseSubjectInputType() : base("UpdateCaseSubjectInput")
    {
        Description = "The input of updateCaseSubject.";
        Field<CaseSubjectInputType>("subject").Description("The person's details as they now stand (every field; left out: not known).");
        Field(x => x.Reason, nullable: true).Description("Why, where a fact is corrected; kept in the case's history.");
    }
}
