using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>updateCaseConcerns</c>.</summary>
public sealed class UpdateCaseConcernsInput : CaseMutationInput
{
    /// <summary>The concerns as they now stand.</summary>
    public List<Platform.Tenants.Cases.Concern>? Concerns { get; set; }

    /// <summary>Why (for a corrected fact), kept in the case's history.</summary>
    public string? Reason { get; set; }
}
