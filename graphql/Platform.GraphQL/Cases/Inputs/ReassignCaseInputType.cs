using GraphQL.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>ReassignCaseInput</c>.</summary>
public sealed class ReassignCaseInputType : CaseMutationInputType<ReassignCaseInput>
{
    /// <summary>Defines the fields.</summary>
    public ReassignCaseInputType() : base("ReassignCaseInput")
    {
        Description = "The input of reassignCase.";
        Field(x => x.Assignee).Description("The worker who takes the case (a subject id); not empty.");
        Field(x => x.Reason, nullable: true).Description("Why; kept in the case's history.");
    }
}
