using GraphQL.Types;
using Platform.Tenants.Programs;

namespace Platform.GraphQL.Types;

/// <summary>GraphQL type <c>ProgramOperator</c>: who runs a program.</summary>
public sealed class ProgramOperatorType : ObjectGraphType<ProgramOperator>
{
    /// <summary>Defines the fields.</summary>
    public ProgramOperatorType()
    {
        Name = "ProgramOperator";
        Field<NonNullGraphType<OperatorKindEnumType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.Name, nullable: true);
    }
}
