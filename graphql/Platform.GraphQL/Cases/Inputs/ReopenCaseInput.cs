using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>reopenCase</c>.</summary>
public sealed class ReopenCaseInput : CaseMutationInput
{
    /// <summary>The day the case is reopened.</summary>
    public DateOnly ReopenedOn { get; set; }
}
