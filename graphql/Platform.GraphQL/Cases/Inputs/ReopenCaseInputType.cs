using GraphQL.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Cases.Inputs;

/// <summary>GraphQL input <c>ReopenCaseInput</c>.</summary>
public sealed class ReopenCaseInputType : CaseMutationInputType<ReopenCaseInput>
{
    /// <summary>Defines the fields.</summary>
    public ReopenCaseInputType() : base("ReopenCaseInput")
    {
        Description = "The input of reopenCase.";
        Field<NonNullGraphType<DateScalarType>>("reopenedOn").Description("Between the closing day and today.");
    }
}
