using Platform.GraphQL.Requests;
using Platform.Tenants.Statistics;

namespace Platform.GraphQL.Statistics;

/// <summary>GraphQL type <c>Statistics</c>: an area's figures for a fiscal year or one of its months.</summary>
public sealed class StatisticsType : ObjectGraphType<StatisticsSheet>
{
    public StatisticsType()
    {
        Name = "Statistics";
        Description = "Consultations, activities by kind, programs by tier and request status of an area.";
        Field(x => x.FiscalYear).Description("The fiscal year (年度).");
        Field(x => x.Month, nullable: true).Description("The calendar month (1–12), or null for the fiscal year.");
        Field(x => x.Suppressed).Description("True for published figures, where small counts are hidden.");
        Field<NonNullGraphType<ConsultationStatisticsType>>("consultations").Description("Consultation figures (相談支援).").Resolve(ctx => ctx.Source);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ActivityStatisticsType>>>>("activities").Description("Every kind, in the enum's order.").Resolve(ctx => ctx.Source.Activities);
        Field<NonNullGraphType<ProgramSummaryType>>("programs").Description("Program counts by tier.").Resolve(ctx => ctx.Source.Programs);
        Field<NonNullGraphType<RequestStatusSummaryType>>("requests").Description("How many municipalities did each of the three requests.").Resolve(ctx => ctx.Source.Requests);
    }
}
