using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>updateCaseHousehold</c>.</summary>
public sealed class UpdateCaseHouseholdInput : CaseMutationInput
{
    /// <summary>The household as it now stands.</summary>
    public HouseholdInput? Household { get; set; }

    /// <summary>Why (for a corrected fact), kept in the case's history.</summary>
    public string? Reason { get; set; }
}
