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
        Field<NonNullGraphType<OperatorKindEnumType>>("kind");
        Field(x => x.Name, nullable: true);
    }
}
