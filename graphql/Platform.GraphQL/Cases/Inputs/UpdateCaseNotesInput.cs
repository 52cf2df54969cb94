using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>updateCaseNotes</c>.</summary>
public sealed class UpdateCaseNotesInput : CaseMutationInput
{
    /// <summary>The case notes as they now stand.</summary>
    public string? Notes { get; set; }

    /// <summary>Why (for a corrected fact), kept in the case's history.</summary>
    public string? Reason { get; set; }
}
