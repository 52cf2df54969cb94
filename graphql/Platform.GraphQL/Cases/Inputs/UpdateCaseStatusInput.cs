using Platform.Tenants.Cases;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>updateCaseStatus</c>.</summary>
public sealed class UpdateCaseStatusInput : CaseMutationInput
{
    /// <summary>ACTIVE or MONITORING.</summary>
    public CaseStatus Status { get; set; }
}
