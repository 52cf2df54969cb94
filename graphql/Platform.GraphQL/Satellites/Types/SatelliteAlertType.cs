namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>SatelliteAlert</c>: a transition coming due, or overdue.</summary>
public sealed class SatelliteAlertType : ObjectGraphType<SatelliteAlert>
{
    public SatelliteAlertType()
    {
        Name = "SatelliteAlert";
        Field<NonNullGraphType<SatelliteAlertKindEnumType>>("kind").Description("How near or past the planned transition is.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("satelliteId").Description("The satellite's global id.").Resolve(ctx => SatelliteAccess.GlobalId(ctx.Source.SatelliteId));
        Field<NonNullGraphType<MunicipalityGraphType>, MunicipalityInfo>("municipality")
            .Description("The municipality the satellite is in.")
            .Resolve(ctx => ctx.Directory().Municipality(ctx.Source.MunicipalityCode));
        Field<NonNullGraphType<DateScalarType>>("plannedTransitionOn").Description("The planned transition date when the alert was raised.").Resolve(ctx => ctx.Source.PlannedTransitionOn);
        Field<NonNullGraphType<DateScalarType>>("raisedOn").Description("The day the alert was raised.").Resolve(ctx => ctx.Source.RaisedOn);
    }
}
