namespace Platform.GraphQL.Programs;

/// <summary>GraphQL type <c>ProgramOperator</c>: who runs a program.</summary>
public sealed class ProgramOperatorType : ObjectGraphType<ProgramOperator>
{
    public ProgramOperatorType()
    {
        Name = "ProgramOperator";
        Description = "Who runs a program: the government body itself (直営) or a contractor (委託).";
        Field<NonNullGraphType<OperatorKindEnumType>>("kind").Description("Run directly or commissioned.").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.Name, nullable: true).Description("The contractor's name when commissioned; null when run directly or not published.");
    }
}
