namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>reopenCase</c>.</summary>
public sealed class ReopenCaseInput : CaseMutationInput
{
    /// <summary>The day the case is reopened.</summary>
    public DateOnly ReopenedOn { get; set; }
}

/// <summary>GraphQL input <c>ReopenCaseInput</c>.</summary>
public sealed class ReopenCaseInputType : CaseMutationInputType<ReopenCaseInput>
{
    public ReopenCaseInputType() : base("ReopenCaseInput")
    {
        Description = "The input of reopenCase.";
        Field<NonNullGraphType<DateScalarType>>("reopenedOn").Description("Between the closing day and today.");
    }
}
