using GraphQL.Types;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>NationalSatelliteSummary</c>: satellites by prefecture and status, and transitions per fiscal year.</summary>
public sealed class NationalSatelliteSummaryType : ObjectGraphType<NationalSatelliteSummary>
{
    /// <summary>Defines the fields.</summary>
    public NationalSatelliteSummaryType()
    {
        Name = "NationalSatelliteSummary";
        Field<NonNullGraphType<IntGraphType>>("planned").Resolve(ctx => ctx.Source.Prefectures.Sum(p => p.Planned));
        Field<NonNullGraphType<IntGraphType>>("operating").Resolve(ctx => ctx.Source.Prefectures.Sum(p => p.Operating));
        Field<NonNullGraphType<IntGraphType>>("transitioned").Resolve(ctx => ctx.Source.Prefectures.Sum(p => p.Transitioned));
        Field<NonNullGraphType<IntGraphType>>("closed").Resolve(ctx => ctx.Source.Prefectures.Sum(p => p.Closed));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<PrefectureSatelliteFiguresType>>>>("prefectures")
            .Description("Prefectures that have had satellites, in code order.")
            .Resolve(ctx => ctx.Source.Prefectures);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SatelliteTransitionCountType>>>>("transitionsByFiscalYear")
            .Resolve(ctx => ctx.Source.TransitionsByFiscalYear);
    }
}
