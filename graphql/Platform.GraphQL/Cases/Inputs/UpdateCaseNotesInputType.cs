using GraphQL.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>UpdateCaseNotesInput</c>.</summary>
public sealed class UpdateCaseNotesInputType : CaseMutationInputType<UpdateCaseNotesInput>
{
    /// <summary>Defines the fields.</summary>
    public UpdateCaseNotesInputType() : base("UpdateCaseNotesInput")
    {
        Description = "The input of updateCaseNotes.";
        Field(x => x.Notes, nullable: true).Description("The case notes as they now stand.");
        Field(x => x.Reason, nullable: true).Description("Why, where a fact is corrected; kept in the case's history.");
    }
}
