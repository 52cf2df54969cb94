namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>updateCaseNotes</c>.</summary>
public sealed class UpdateCaseNotesInput : CaseMutationInput
{
    /// <summary>The case notes as they now stand.</summary>
    public string? Notes { get; set; }

    /// <summary>Why (for a corrected fact), kept in the case's history.</summary>
    public string? Reason { get; set; }
}

/// <summary>GraphQL input <c>UpdateCaseNotesInput</c>.</summary>
public sealed class UpdateCaseNotesInputType : CaseMutationInputType<UpdateCaseNotesInput>
{
    public UpdateCaseNotesInputType() : base("UpdateCaseNotesInput")
    {
        Description = "The input of updateCaseNotes.";
        Field(x => x.Notes, nullable: true).Description("The case notes as they now stand.");
        Field(x => x.Reason, nullable: true).Description("Why, where a fact is corrected; kept in the case's history.");
    }
}
