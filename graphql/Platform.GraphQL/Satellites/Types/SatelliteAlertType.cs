using GraphQL.Types;
using Platform.GraphQL.Infrastructure;
using Platform.GraphQL.Relay;
using Platform.GraphQL.Types;
using Platform.Tenants.Directory;
using Platform.Tenants.Satellites;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>SatelliteAlert</c>: a transition coming due, or overdue.</summary>
public sealed class SatelliteAlertType : ObjectGraphType<SatelliteAlert>
{
    /// <summary>Defines the fields.</summary>
    public SatelliteAlertType()
    {
        Name = "SatelliteAlert";
        Field<NonNullGraphType<SatelliteAlertKindEnumType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("satelliteId").Resolve(ctx => SatelliteAccess.GlobalId(ctx.Source.SatelliteId));
        Field<NonNullGraphType<MunicipalityGraphType>, MunicipalityInfo>("municipality")
            .ResolveAsync(async ctx => (await ctx.CatalogAsync()).Municipality(ctx.Source.MunicipalityCode));
        Field<NonNullGraphType<DateScalarType>>("plannedTransitionOn").Resolve(ctx => ctx.Source.PlannedTransitionOn);
        Field<NonNullGraphType<DateScalarType>>("raisedOn").Resolve(ctx => ctx.Source.RaisedOn);
    }
}
