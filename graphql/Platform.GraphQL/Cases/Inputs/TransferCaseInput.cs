using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>transferCase</c>.</summary>
public sealed class TransferCaseInput : CaseMutationInput
{
    /// <summary>The LG code of the receiving municipality or prefecture.</summary>
    public string TargetTenantCode { get; set; } = "";
}
