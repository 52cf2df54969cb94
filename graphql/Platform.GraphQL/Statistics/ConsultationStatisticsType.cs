using Platform.Tenants.Statistics;

namespace Platform.GraphQL.Statistics;

/// <summary>GraphQL type <c>ConsultationStatistics</c>: the case counters in a statistics sheet.</summary>
public sealed class ConsultationStatisticsType : ObjectGraphType<StatisticsSheet>
{
    public ConsultationStatisticsType()
    {
        Name = "ConsultationStatistics";
        Description = "Consultation figures (相談支援) of an area and period; in published figures small counts are hidden (秘匿).";
        Field<NonNullGraphType<CellType>>("newCases").Description("Cases opened in the period.").Resolve(ctx => ctx.Source.NewCases);
        Field<NonNullGraphType<CellType>>("contacts").Description("Consultation contacts recorded, every channel.").Resolve(ctx => ctx.Source.Contacts);
        Field<NonNullGraphType<CellType>>("activeCases").Description("Cases open at some time in the period.").Resolve(ctx => ctx.Source.ActiveCases);
        Field<NonNullGraphType<CellType>>("outreachVisits").Description("Home visits (アウトリーチ).").Resolve(ctx => ctx.Source.OutreachVisits);
    }
}
