namespace Platform.GraphQL.Programs;

/// <summary>GraphQL type <c>Program</c>: one program of one fiscal year, with its tier rules applied.</summary>
public sealed class ProgramType : ObjectGraphType<ProgramRecord>
{
    public ProgramType()
    {
        Name = "Program";
        Description = "A program run for one fiscal year: its tier, functions and operator.";
        Field(x => x.FiscalYear).Description("The fiscal year (年度) the program runs in.");
        Field<NonNullGraphType<ProgramTierEnumType>>("tier").Description("The program's tier.").Resolve(ctx => ctx.Source.Tier);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportFunctionEnumType>>>>("functions")
            .Description("The functions delivered. Empty with functionsKnown = false when the published list did not say.")
            .Resolve(ctx => ctx.Source.Functions);
        Field<NonNullGraphType<BooleanGraphType>>("functionsKnown")
            .Description("False when the functions were not published (FY2023 support projects): unknown, not none.")
            .Resolve(ctx => ctx.Source.FunctionsKnown);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportFunctionEnumType>>>>("requiredFunctions")
            .Description("The functions its tier requires.")
            .Resolve(ctx => TierRules.RequiredFunctions(ctx.Source.Tier));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportFunctionEnumType>>>>("missingFunctions")
            .Description("Required functions it does not deliver.")
            .Resolve(ctx => ctx.Source.MissingFunctions);
        Field<NonNullGraphType<BooleanGraphType>>("meetsTierRequirements").Description("True when it delivers every function its tier requires.").Resolve(ctx => ctx.Source.MeetsTierRequirements);
        Field<ProgramOperatorType>("operator").Description("Who runs it (直営 or 委託); null when not published.").Resolve(ctx => ctx.Source.Operator);
        Field(x => x.PrefecturalStartupSupport).Description("Whether the prefecture gave it start-up support (立ち上げ支援) that year.");
    }
}
