using GraphQL.Types;
using Platform.GraphQL.Infrastructure;
using Platform.GraphQL.Types;
using Platform.Tenants.Directory;
using Platform.Tenants.Satellites;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>PrefectureSatelliteFigures</c>: one prefecture's satellites by status.</summary>
public sealed class PrefectureSatelliteFiguresType : ObjectGraphType<SatelliteFigures>
{
    /// <summary>Defines the fields.</summary>
    public PrefectureSatelliteFiguresType()
    {
        Name = "PrefectureSatelliteFigures";
        Field<NonNullGraphType<PrefectureGraphType>, PrefectureInfo>("prefecture")
            .ResolveAsync(async ctx => (await ctx.CatalogAsync()).Prefecture(ctx.Source.PrefectureCode));
        Field(x => x.Planned);
        Field(x => x.Operating);
        Field(x => x.Transitioned);
        Field(x => x.Closed);
    }
}
