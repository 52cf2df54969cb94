namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>SatelliteEvent</c>: one entry of a satellite's history.</summary>
public sealed class SatelliteEventType : ObjectGraphType<SatelliteEvent>
{
    public SatelliteEventType()
    {
        Name = "SatelliteEvent";
        Field<NonNullGraphType<SatelliteEventKindEnumType>>("kind").Description("What happened.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<DateScalarType>>("on").Description("The day it happened.").Resolve(ctx => ctx.Source.On);
        Field(x => x.By).Description("The subject of the officer who recorded it.");
        Field(x => x.Reason, nullable: true).Description("Why (extensions and closures).");
        Field<NonNullGraphType<DateScalarType>>("plannedTransitionOn").Description("The planned transition date from then on.").Resolve(ctx => ctx.Source.PlannedTransitionOn);
    }
}
