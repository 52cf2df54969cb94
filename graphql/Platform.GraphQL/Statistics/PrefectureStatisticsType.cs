using Platform.Tenants.Statistics;

namespace Platform.GraphQL.Statistics;

/// <summary>GraphQL type <c>PrefectureStatistics</c>: one row of the published national table.</summary>
public sealed class PrefectureStatisticsType : ObjectGraphType<PrefectureSheet>
{
    public PrefectureStatisticsType()
    {
        Name = "PrefectureStatistics";
        Field<NonNullGraphType<PrefectureGraphType>, PrefectureInfo>("prefecture")
            .Description("The prefecture.")
            .Resolve(ctx => ctx.Directory().Prefecture(ctx.Source.PrefectureCode)!);
        Field<NonNullGraphType<StatisticsType>>("statistics").Description("Its published figures.").Resolve(ctx => ctx.Source.Sheet);
    }
}
