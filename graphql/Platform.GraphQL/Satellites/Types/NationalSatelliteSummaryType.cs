namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>NationalSatelliteSummary</c>: satellites by prefecture and status, and transitions per fiscal year.</summary>
public sealed class NationalSatelliteSummaryType : ObjectGraphType<NationalSatelliteSummary>
{
    public NationalSatelliteSummaryType()
    {
        Name = "NationalSatelliteSummary";
        Description = "The nation's satellites (サテライト): how many are in each status now, by prefecture, and transitions per fiscal year.";
        Field<NonNullGraphType<IntGraphType>>("planned").Description("Satellites established with a start date still to come.").Resolve(ctx => ctx.Source.Prefectures.Sum(p => p.Planned));
        Field<NonNullGraphType<IntGraphType>>("operating").Description("Satellites running now.").Resolve(ctx => ctx.Source.Prefectures.Sum(p => p.Operating));
        Field<NonNullGraphType<IntGraphType>>("transitioned").Description("Satellites handed over to their municipality's own program.").Resolve(ctx => ctx.Source.Prefectures.Sum(p => p.Transitioned));
        Field<NonNullGraphType<IntGraphType>>("closed").Description("Satellites ended without a handover.").Resolve(ctx => ctx.Source.Prefectures.Sum(p => p.Closed));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrefectureSatelliteFiguresType>>>>("prefectures")
            .Description("Prefectures that have had satellites, in code order.")
            .Resolve(ctx => ctx.Source.Prefectures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SatelliteTransitionCountType>>>>("transitionsByFiscalYear")
            .Description("Handovers per fiscal year, oldest first.")
            .Resolve(ctx => ctx.Source.TransitionsByFiscalYear);
    }
}
