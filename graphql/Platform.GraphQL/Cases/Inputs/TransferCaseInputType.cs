using GraphQL.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>TransferCaseInput</c>.</summary>
public sealed class TransferCaseInputType : CaseMutationInputType<TransferCaseInput>
{
    /// <summary>Defines the fields.</summary>
    public TransferCaseInputType() : base("TransferCaseInput")
    {
        Description = "The input of transferCase.";
        Field(x => x.TargetTenantCode).Description("The LG code of the receiving municipality or prefecture.");
    }
}
