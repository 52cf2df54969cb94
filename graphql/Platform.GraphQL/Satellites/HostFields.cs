using Platform.GraphQL.Satellites.Types;
using Platform.Tenants.PrefecturalSupport;

namespace Platform.GraphQL.Satellites;

/// <summary>
/// What a municipality sees of its prefecture's support: the satellites it hosts and its own
/// preparation grants. Its own staff only; the prefecture's oversight fields stay the prefecture's.
/// </summary>
internal static class HostFields
{
    private static readonly string[] Readers = [Roles.TenantAdmin, Roles.Supervisor, Roles.Caseworker];

    /// <summary>Adds <c>hostedSatellites</c> and <c>preparationGrants</c> to the <c>Municipality</c> type.</summary>
    public static void AddTo(ObjectGraphType<MunicipalityInfo> municipality)
    {
        municipality.Field<NonNullGraphType<ListGraphType<NonNullGraphType<HostedSatelliteType>>>, IEnumerable<HostedSatellite>>("hostedSatellites")
            .AuthorizeWithRoles(Readers)
            .Description("The prefecture's satellites in this municipality, with their alerts; for the municipality's own staff.")
            .ResolveAsync(async ctx =>
            {
                var view = await ViewAsync(ctx);
                return view.Satellites.Select(s => new HostedSatellite(s, [.. view.Alerts.Where(a => a.SatelliteId == s.Id)]));
            });
        municipality.Field<NonNullGraphType<ListGraphType<NonNullGraphType<PreparationGrantType>>>, IEnumerable<PreparationGrantNode>>("preparationGrants")
            .AuthorizeWithRoles(Readers)
            .Description("The preparation support this municipality was granted, with whether each condition was met; for its own staff.")
            .ResolveAsync(async ctx =>
            {
                var view = await ViewAsync(ctx);
                return await Task.WhenAll(view.Grants.Select(g => SatelliteFields.GrantNodeAsync(ctx, g)));
            });
    }

    private static async Task<HostView> ViewAsync(IResolveFieldContext<MunicipalityInfo> ctx)
    {
        var caller = ctx.RequireCaller();
        if (caller.TenantCode != ctx.Source.Code)
        {
            throw new ApiException(ErrorCodes.Forbidden, "A municipality's satellites and grants are shown to its own staff (its prefecture reads them on Prefecture).");
        }

        return await GrainCalls.CallAsync(() => ctx.Grains().Grain<IPrefecturalSupportGrain>(ctx.Source.PrefectureCode).GetHostView());
    }
}

/// <summary>A hosted satellite with its alerts.</summary>
/// <param name="Satellite">The satellite, without the prefecture's history or case ids.</param>
/// <param name="Alerts">Its alerts, newest first.</param>
public sealed record HostedSatellite(SatelliteRecord Satellite, IReadOnlyList<SatelliteAlert> Alerts);

/// <summary>GraphQL type <c>HostedSatellite</c>: a satellite as its host municipality sees it.</summary>
public sealed class HostedSatelliteType : ObjectGraphType<HostedSatellite>
{
    public HostedSatelliteType()
    {
        Name = "HostedSatellite";
        Description = "A prefecture's satellite in the caller's municipality: status, dates and alerts.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The satellite's global id.").Resolve(ctx => SatelliteAccess.GlobalId(ctx.Source.Satellite));
        Field<NonNullGraphType<SatelliteStatusEnumType>>("status").Description("Where the satellite stands.").Resolve(ctx => ctx.Source.Satellite.Status);
        Field<NonNullGraphType<DateScalarType>>("establishedOn").Description("The day it was established.").Resolve(ctx => ctx.Source.Satellite.EstablishedOn);
        Field<NonNullGraphType<DateScalarType>>("plannedTransitionOn").Description("The day it is to be handed over to the municipality.").Resolve(ctx => ctx.Source.Satellite.PlannedTransitionOn);
        Field<DateScalarType>("transitionedOn").Description("The day it was handed over; null until then.").Resolve(ctx => ctx.Source.Satellite.TransitionedOn);
        Field<DateScalarType>("closedOn").Description("The day it closed without a handover; null unless so.").Resolve(ctx => ctx.Source.Satellite.ClosedOn);
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue").Description("The planned transition date has passed and the satellite is still planned or operating.").Resolve(ctx => ctx.Source.Satellite.IsOverdue(ctx.Today()));
        Field<IntGraphType>("daysUntilTransition").Description("Days from today (Japan) to the planned transition, negative when overdue; null once transitioned or closed.").Resolve(ctx => ctx.Source.Satellite.DaysUntilTransition(ctx.Today()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SatelliteAlertType>>>>("alerts").Description("The alerts raised about it so far.").Resolve(ctx => ctx.Source.Alerts);
    }
}
