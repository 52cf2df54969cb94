namespace Platform.GraphQL.Programs;

/// <summary>The input of <c>designateProgram</c>; exactly one of the two codes is given.</summary>
public sealed class DesignateProgramInput : MutationInput
{
    /// <summary>The municipality whose program this is (6-digit LG code).</summary>
    public string? MunicipalityCode { get; set; }

    /// <summary>The prefecture whose own center this is ("13" or "130001").</summary>
    public string? PrefectureCode { get; set; }

    /// <summary>The fiscal year (the Gregorian year it starts in).</summary>
    public int FiscalYear { get; set; }

    /// <summary>The tier.</summary>
    public ProgramTier Tier { get; set; }

    /// <summary>The functions delivered.</summary>
    public List<SupportFunction> Functions { get; set; } = [];

    /// <summary>Who runs it, when known.</summary>
    public ProgramOperatorInput? Operator { get; set; }
}

/// <summary>GraphQL input <c>DesignateProgramInput</c>.</summary>
public sealed class DesignateProgramInputType : InputObjectGraphType<DesignateProgramInput>
{
    public DesignateProgramInputType()
    {
        Name = "DesignateProgramInput";
        Description = "The input of designateProgram: one municipality or one prefecture, the fiscal year, tier, functions and operator.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field(x => x.MunicipalityCode, nullable: true).Description("The municipality's 6-digit LG code; give this or prefectureCode.");
        Field(x => x.PrefectureCode, nullable: true).Description("The prefecture's 2-digit code or LG code; give this or municipalityCode.");
        Field(x => x.FiscalYear).Description("The fiscal year (年度).");
        Field<NonNullGraphType<ProgramTierEnumType>>("tier").Description("The program's tier.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportFunctionEnumType>>>>("functions").Description("The functions it delivers.");
        Field<ProgramOperatorInputType>("operator").Description("Who runs it; null when not known.");
    }
}
