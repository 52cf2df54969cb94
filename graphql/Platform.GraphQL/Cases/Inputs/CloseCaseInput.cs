namespace Platform.GraphQL.Cases.Inputs;

/// <summary>The input of <c>closeCase</c>.</summary>
public sealed class CloseCaseInput : CaseMutationInput
{
    /// <summary>The day it is closed.</summary>
    public DateOnly ClosedOn { get; set; }

    /// <summary>Why.</summary>
    public ClosureReason Reason { get; set; }
}

/// <summary>GraphQL input <c>CloseCaseInput</c>.</summary>
public sealed class CloseCaseInputType : CaseMutationInputType<CloseCaseInput>
{
    public CloseCaseInputType() : base("CloseCaseInput")
    {
        Description = "The input of closeCase.";
        Field<NonNullGraphType<DateScalarType>>("closedOn").Description("Between the opening day and today.");
        Field<NonNullGraphType<ClosureReasonEnumType>>("reason").Description("Any but TRANSFERRED, which transferCase sets.");
    }
}
