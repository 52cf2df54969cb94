namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL type <c>CaseStatistics</c>: counts only, no personal data.</summary>
public sealed class CaseStatisticsType : ObjectGraphType<CaseStatistics>
{
    public CaseStatisticsType()
    {
        Name = "CaseStatistics";
        Description = "Case counters of a fiscal year, or of one calendar month of it.";
        Field(x => x.FiscalYear).Description("The fiscal year (年度).");
        Field(x => x.Month, nullable: true).Description("The calendar month (1–12), or null for the whole fiscal year.");
        Field(x => x.NewCases).Description("Cases opened in the period (cases received by transfer are not new).");
        Field(x => x.ActiveCases).Description("Cases open at the end of the period, or today for a period not over yet.");
        Field(x => x.Households8050).Description("New cases of 8050 households.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ContactChannelCountType>>>>("contactsByChannel").Description("Contacts by channel.").Resolve(ctx => ctx.Source.ContactsByChannel);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<AgeBandCountType>>>>("newCasesByAgeBand").Description("Cases opened, by the person's age band.").Resolve(ctx => ctx.Source.NewCasesByAgeBand);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<GenderCountType>>>>("newCasesByGender").Description("Cases opened, by the person's gender.").Resolve(ctx => ctx.Source.NewCasesByGender);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ReferralDestinationCountType>>>>("referralsByDestination").Description("Referrals by destination.").Resolve(ctx => ctx.Source.ReferralsByDestination);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ClosureReasonCountType>>>>("closuresByReason").Description("Cases closed, by reason.").Resolve(ctx => ctx.Source.ClosuresByReason);
    }
}
