using GraphQL.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.MutationInputs;

/// <summary>GraphQL input <c>ProgramOperatorInput</c>.</summary>
public sealed class ProgramOperatorInputType : InputObjectGraphType<ProgramOperatorInput>
{
    /// <summary>Defines the fields.</summary>
    public ProgramOperatorInputType()
    {
        Name = "ProgramOperatorInput";
        Description = "Who runs a program.";
        Field<NonNullGraphType<OperatorKindEnumType>>("kind").Description("Run directly (直営) or commissioned (委託).");
        Field(x => x.Name, nullable: true).Description("The contractor's name, for a commissioned program.");
    }
}
