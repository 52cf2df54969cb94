using GraphQL.Types;
using Platform.GraphQL.Cases.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>CloseCaseInput</c>.</summary>
public sealed class CloseCaseInputType : CaseMutationInputType<CloseCaseInput>
{
    /// <summary>Defines the fields.</summary>
    public CloseCaseInputType() : base("CloseCaseInput")
    {
        Description = "The input of closeCase.";
        Field<NonNullGraphType<DateScalarType>>("closedOn").Description("Between the opening day and today.");
        Field<NonNullGraphType<ClosureReasonEnumType>>("reason").Description("Any but TRANSFERRED, which transferCase sets.");
    }
}
