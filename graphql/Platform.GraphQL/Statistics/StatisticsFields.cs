using Platform.GraphQL.Activities;
using Platform.Tenants.Statistics;

namespace Platform.GraphQL.Statistics;

/// <summary>
/// <c>statistics</c> on Municipality, Prefecture and Nation. Unsuppressed figures go to those
/// entitled to them: a municipality's to its own staff and its prefecture's, a prefecture's to
/// its own staff. Everyone else (the nation, integrators, anonymous callers) reads the published
/// national table, where small counts are suppressed: the nation's row and each prefecture's, for
/// whole fiscal years. A municipality's figures are not published on their own.
/// </summary>
internal static class StatisticsFields
{
    /// <summary>Adds <c>statistics</c> to <c>Municipality</c>.</summary>
    public static void AddTo(ObjectGraphType<MunicipalityInfo> type) =>
        type.Field<NonNullGraphType<StatisticsType>, StatisticsSheet>("statistics")
            .Description("Unsuppressed; for the municipality's own staff and its prefecture's.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .Argument<IntGraphType>("month", ArgumentRules.MonthDescription)
            .ResolveAsync(async ctx =>
            {
                var (year, month) = Period(ctx);
                var book = await ActivityAccess.ReaderBookAsync(ctx, ctx.Source.Code, nameof(IActivityBookGrain.GetStatistics));
                return await GrainCalls.CallAsync(() => book.GetStatistics(year, month));
            });

    /// <summary>Adds <c>statistics</c> to <c>Prefecture</c>.</summary>
    public static void AddTo(ObjectGraphType<PrefectureInfo> type) =>
        type.Field<NonNullGraphType<StatisticsType>, StatisticsSheet>("statistics")
            .Description("Unsuppressed for the prefecture's own staff; otherwise its published row (whole fiscal years only).")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .Argument<IntGraphType>("month", ArgumentRules.MonthDescription)
            .ResolveAsync(async ctx =>
            {
                var (year, month) = Period(ctx);
                if (GrainGate.Admits<IPrefectureActivityGrain>(ctx, ctx.Source.Code, nameof(IPrefectureActivityGrain.GetStatistics)))
                {
                    return await GrainCalls.CallAsync(() => ctx.Grains().Grain<IPrefectureActivityGrain>(ctx.Source.Code).GetStatistics(year, month));
                }

                if (month is not null)
                {
                    throw new ApiException(ErrorCodes.Forbidden, "Monthly figures are for the prefecture's own staff; published figures cover whole fiscal years.");
                }

                var table = await ctx.Grains().Grain<INationalStatisticsGrain>(INationalStatisticsGrain.Key).GetTable(year);
                return table.Prefectures.Single(p => p.PrefectureCode == ctx.Source.Code).Sheet;
            });

    /// <summary>Adds <c>statistics</c> and <c>prefectureStatistics</c> to <c>Nation</c>.</summary>
    public static void AddTo(ObjectGraphType<NationRoot> type)
    {
        type.Field<NonNullGraphType<StatisticsType>, StatisticsSheet>("statistics")
            .Description("The published national figures of a fiscal year (small counts suppressed).")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .ResolveAsync(async ctx => (await Table(ctx)).Nation);
        type.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrefectureStatisticsType>>>, IEnumerable<PrefectureSheet>>("prefectureStatistics")
            .Description("The published figures of each prefecture, suppressed together with the national ones.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .ResolveAsync(async ctx => (await Table(ctx)).Prefectures);
    }

    private static Task<NationalTable> Table(IResolveFieldContext ctx) =>
        ctx.Grains().Grain<INationalStatisticsGrain>(INationalStatisticsGrain.Key).GetTable(ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear")));

    private static (int Year, int? Month) Period(IResolveFieldContext ctx) =>
        (ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear")), ActivityAccess.Month(ctx.GetArgument<int?>("month")));
}
