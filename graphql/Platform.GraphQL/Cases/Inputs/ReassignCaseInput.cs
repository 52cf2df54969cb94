using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>reassignCase</c>.</summary>
public sealed class ReassignCaseInput : CaseMutationInput
{
    /// <summary>The worker who takes the case (a subject id).</summary>
    public string Assignee { get; set; } = "";

    /// <summary>Why, kept in the case's history.</summary>
    public string? Reason { get; set; }
}
