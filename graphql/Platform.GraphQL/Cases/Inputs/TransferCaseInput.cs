namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>transferCase</c>.</summary>
public sealed class TransferCaseInput : CaseMutationInput
{
    /// <summary>The LG code of the receiving municipality or prefecture.</summary>
    public string TargetTenantCode { get; set; } = "";
}

/// <summary>GraphQL input <c>TransferCaseInput</c>.</summary>
public sealed class TransferCaseInputType : CaseMutationInputType<TransferCaseInput>
{
    public TransferCaseInputType() : base("TransferCaseInput")
    {
        Description = "The input of transferCase.";
        Field(x => x.TargetTenantCode).Description("The LG code of the receiving municipality or prefecture.");
    }
}
