namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>PrefectureSatelliteFigures</c>: one prefecture's satellites by status.</summary>
public sealed class PrefectureSatelliteFiguresType : ObjectGraphType<SatelliteFigures>
{
    public PrefectureSatelliteFiguresType()
    {
        Name = "PrefectureSatelliteFigures";
        Field<NonNullGraphType<PrefectureGraphType>, PrefectureInfo>("prefecture")
            .Description("The prefecture.")
            .Resolve(ctx => ctx.Directory().Prefecture(ctx.Source.PrefectureCode));
        Field(x => x.Planned).Description("Its satellites established with a start date still to come.");
        Field(x => x.Operating).Description("Its satellites running now.");
        Field(x => x.Transitioned).Description("Its satellites handed over to their municipality.");
        Field(x => x.Closed).Description("Its satellites ended without a handover.");
    }
}
