namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>TierDelivery</c>.</summary>
public sealed class TierDeliveryType : ObjectGraphType<TierDelivery>
{
    public TierDeliveryType()
    {
        Name = "TierDelivery";
        Description = "A program against its tier's rules, as the records show it.";
        Field(x => x.FiscalYear).Description("The fiscal year (年度).");
        Field<NonNullGraphType<ProgramTierEnumType>>("tier").Description("The program's tier.").Resolve(ctx => ctx.Source.Tier);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportFunctionEnumType>>>>("requiredFunctions").Description("The functions the tier requires.").Resolve(ctx => ctx.Source.RequiredFunctions);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SupportFunctionEnumType>>>>("undeliveredRequiredFunctions")
            .Description("Functions the tier requires that no record shows yet.")
            .Resolve(ctx => ctx.Source.UndeliveredRequiredFunctions);
        Field(x => x.FiscalYearEnded).Description("Whether the fiscal year is over.");
        Field(x => x.Flagged).Description("The fiscal year is over and a required function has no evidence.");
    }
}
