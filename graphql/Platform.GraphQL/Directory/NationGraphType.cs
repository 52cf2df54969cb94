using Platform.GraphQL.Requests;
using Platform.GraphQL.Satellites;
using Platform.GraphQL.Statistics;
using Platform.Tenants.Nation;
using Platform.Tenants.Requests;

namespace Platform.GraphQL.Directory;

/// <summary>
/// GraphQL type <c>Nation</c>: the platform's own national totals, and beside them (never mixed
/// in) the published national tables.
/// </summary>
public sealed class NationGraphType : ObjectGraphType<NationRoot>
{
    public NationGraphType()
    {
        Name = "Nation";
        Description = "The nation (国（厚生労働省）): totals and published figures over all prefectures and municipalities.";
        Field<NonNullGraphType<ProgramSummaryType>, ProgramSummary>("programSummary")
            .Description("Program counts from the platform's records.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .ResolveAsync(ctx => Grain(ctx).GetProgramSummary(ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear")))!);
        Field<NonNullGraphType<RequestStatusSummaryType>, RequestStatusSummary>("requestStatus")
            .Description("Request status from the platform's records.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .ResolveAsync(ctx => Grain(ctx).GetRequestStatusSummary(ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear")))!);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<ProgramSummaryType>>>, IEnumerable<ProgramSummary>>("officialProgramCounts")
            .Description("The published national tables of program counts (厚生労働省).")
            .ResolveAsync(async ctx => (await Official(ctx)).ProgramCounts);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<RequestStatusSummaryType>>>, IEnumerable<RequestStatusSummary>>("officialRequestStatus")
            .Description("The published national tables of request status.")
            .ResolveAsync(async ctx => (await Official(ctx)).RequestStatus);
        Satellites.SatelliteFields.AddTo(this);
        Statistics.StatisticsFields.AddTo(this);
    }

    private static INationGrain Grain(IResolveFieldContext ctx) => ctx.Grains().Grain<INationGrain>(INationGrain.Key);

    private static Task<OfficialTables> Official(IResolveFieldContext ctx) =>
        ctx.Grains().Grain<IDirectoryGrain>(IDirectoryGrain.Key).GetOfficialTables();
}
