using Platform.GraphQL.Satellites.Types;
using Platform.Tenants.Municipalities;
using Platform.Tenants.Nation;
using Platform.Tenants.PrefecturalSupport;
using Platform.Tenants.Prefectures;

namespace Platform.GraphQL.Satellites;

/// <summary>
/// A prefecture officer's oversight fields on <c>Prefecture</c>, and the national satellite
/// figures on <c>Nation</c>. The silo's call filter admits only the prefecture's own staff.
/// </summary>
internal static class SatelliteFields
{
    private static readonly string[] Readers = [Roles.PrefecturalOfficer, Roles.TenantAdmin, Roles.Supervisor];

    /// <summary>Adds the oversight fields to the <c>Prefecture</c> type.</summary>
    public static void AddTo(ObjectGraphType<PrefectureInfo> prefecture)
    {
        prefecture.Field<NonNullGraphType<SatelliteConnectionType>, Connection<SatelliteRecord>>("satellites")
            .AuthorizeWithRoles(Readers)
            .Description("The prefecture's satellites in id order; dueWithinDays keeps active ones due within that many days (overdue ones included); overdue keeps those past their date.")
            .Argument<SatelliteStatusEnumType>("status", "Only satellites in this status; all when omitted.")
            .Argument<IntGraphType>("dueWithinDays", "Only active satellites whose planned transition is at most this many days (0 to 3660) away, overdue ones included.")
            .Argument<BooleanGraphType>("overdue", "True for overdue satellites only, false for the others only.")
            .ForwardPaging()
            .BackwardPaging()
            .ResolveAsync(SatellitesAsync);
        prefecture.Field<NonNullGraphType<SatelliteAlertConnectionType>, Connection<SatelliteAlert>>("satelliteAlerts")
            .AuthorizeWithRoles(Readers)
            .Description("Alerts raised 180, 90 and 30 days before a satellite's planned transition and when it is overdue, newest first.")
            .ForwardPaging()
            .BackwardPaging()
            .ResolveAsync(async ctx =>
            {
                var alerts = await GrainCalls.CallAsync(() => Support(ctx).GetAlerts());
                var keyed = alerts.Select((a, i) => (Key: i.ToString("D6", System.Globalization.CultureInfo.InvariantCulture), Alert: a)).ToList();
                var page = Paging.Page(keyed, x => x.Key, ctx);
                return new Connection<SatelliteAlert>([.. page.Edges.Select(e => new Edge<SatelliteAlert>(e.Cursor, e.Node.Alert))], page.PageInfo, page.TotalCount);
            });
        prefecture.Field<NonNullGraphType<MunicipalityConnectionType>, Connection<MunicipalityInfo>>("municipalitiesWithoutProgram")
            .Description("The prefecture's municipalities that run no program in the fiscal year: where satellites and preparation support are needed.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .ForwardPaging()
            .BackwardPaging()
            .ResolveAsync(async ctx =>
            {
                var year = ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear"));
                var running = await ctx.Grains().Grain<IPrefectureGrain>(ctx.Source.Code).GetMunicipalTiers(year);
                var without = ctx.Directory().MunicipalitiesOf(ctx.Source.Code).Where(m => !running.ContainsKey(m.Code)).ToList();
                return Paging.Page(without, m => m.Code, ctx);
            });
        prefecture.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PreparationGrantType>>>, IEnumerable<PreparationGrantNode>>("preparationGrants")
            .AuthorizeWithRoles(Readers)
            .Description("Preparation support granted, of one fiscal year or all, with whether each condition was met.")
            .Argument<IntGraphType>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .ResolveAsync(async ctx =>
            {
                var year = ctx.GetArgument<int?>("fiscalYear") is { } y ? ArgumentRules.FiscalYear(y) : (int?)null;
                var grants = await GrainCalls.CallAsync(() => Support(ctx).GetPreparationGrants(year));
                return await Task.WhenAll(grants.Select(g => GrantNodeAsync(ctx, g)));
            });
    }

    /// <summary>Adds the national satellite figures to the <c>Nation</c> type.</summary>
    public static void AddTo(ObjectGraphType<NationRoot> nation) =>
        nation.Field<NonNullGraphType<NationalSatelliteSummaryType>, NationalSatelliteSummary>("satelliteSummary")
            .Description("Satellites by prefecture and status, and transitions per fiscal year, from the platform's records.")
            .ResolveAsync(async ctx => new NationalSatelliteSummary(await ctx.Grains().Grain<INationGrain>(INationGrain.Key).GetSatelliteFigures()));

    /// <summary>A grant with its condition, from the municipality's program of the next fiscal year.</summary>
    public static async Task<PreparationGrantNode> GrantNodeAsync(IResolveFieldContext ctx, PreparationGrant grant)
    {
        var next = grant.FiscalYear < FiscalYear.Max
            ? await ctx.Grains().Grain<IMunicipalityGrain>(grant.MunicipalityCode).GetProgram(grant.FiscalYear + 1)
            : null;
        return new PreparationGrantNode(grant, next, GrantConditions.Evaluate(grant, next, ctx.Today()));
    }

    private static async Task<Connection<SatelliteRecord>?> SatellitesAsync(IResolveFieldContext<PrefectureInfo> ctx)
    {
        var today = ctx.Today();
        // The index may be a day behind a satellite whose start date has just come.
        IEnumerable<SatelliteRecord> satellites = (await GrainCalls.CallAsync(() => Support(ctx).GetSatellites())).Select(s => s.AsOf(today));
        if (ctx.GetArgument<SatelliteStatus?>("status") is { } status)
        {
            satellites = satellites.Where(s => s.Status == status);
        }

        if (ctx.GetArgument<int?>("dueWithinDays") is { } days)
        {
            if (days is < 0 or > 3660)
            {
                throw new ApiException(ErrorCodes.BadUserInput, "dueWithinDays must be 0 to 3660.");
            }

            satellites = satellites.Where(s => s.DaysUntilTransition(today) <= days);
        }

        if (ctx.GetArgument<bool?>("overdue") is { } overdue)
        {
            satellites = satellites.Where(s => s.IsOverdue(today) == overdue);
        }

        return Paging.Page(satellites.ToList(), s => s.Id, ctx);
    }

    private static IPrefecturalSupportGrain Support(IResolveFieldContext<PrefectureInfo> ctx) =>
        ctx.Grains().Grain<IPrefecturalSupportGrain>(ctx.Source.Code);
}
