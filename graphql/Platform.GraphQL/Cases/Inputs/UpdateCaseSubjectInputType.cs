using GraphQL.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>UpdateCaseSubjectInput</c>.</summary>
public sealed class UpdateCaseSubjectInputType : CaseMutationInputType<UpdateCaseSubjectInput>
{
    /// <summary>Defines the fields.</summary>
    public UpdateCaseSubjectInputType() : base("UpdateCaseSubjectInput")
    {
        Description = "The input of updateCaseSubject.";
        Field<CaseSubjectInputType>("subject").Description("The person's details as they now stand (every field; left out: not known).");
        Field(x => x.Reason, nullable: true).Description("Why, where a fact is corrected; kept in the case's history.");
    }
}
