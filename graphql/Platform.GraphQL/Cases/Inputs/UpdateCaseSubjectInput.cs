using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>updateCaseSubject</c>.</summary>
public sealed class UpdateCaseSubjectInput : CaseMutationInput
{
    /// <summary>The person's details as they now stand.</summary>
    public CaseSubjectInput? Subject { get; set; }

    /// <summary>Why (for a corrected fact), kept in the case's history.</summary>
    public string? Reason { get; set; }
}
