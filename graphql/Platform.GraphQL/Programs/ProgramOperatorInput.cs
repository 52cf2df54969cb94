namespace Platform.GraphQL.Programs;

/// <summary>The operator part of a designation.</summary>
public sealed class ProgramOperatorInput
{
    /// <summary>Direct or commissioned.</summary>
    public OperatorKind Kind { get; set; }

    /// <summary>The contractor's (or department's) name.</summary>
    public string? Name { get; set; }
}

/// <summary>GraphQL input <c>ProgramOperatorInput</c>.</summary>
public sealed class ProgramOperatorInputType : InputObjectGraphType<ProgramOperatorInput>
{
    public ProgramOperatorInputType()
    {
        Name = "ProgramOperatorInput";
        Description = "Who runs a program.";
        Field<NonNullGraphType<OperatorKindEnumType>>("kind").Description("Run directly (直営) or commissioned (委託).");
        Field(x => x.Name, nullable: true).Description("The contractor's name, for a commissioned program.");
    }
}
