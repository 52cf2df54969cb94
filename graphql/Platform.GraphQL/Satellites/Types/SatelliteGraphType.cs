namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL type <c>Satellite</c>: a satellite of a prefecture's center in one of its municipalities.</summary>
public sealed class SatelliteGraphType : ObjectGraphType<SatelliteRecord>
{
    public SatelliteGraphType()
    {
        Name = "Satellite";
        Description = "A satellite (サテライト) of a prefecture's center inside a municipality, handed over as the municipality's own program after two years in principle.";
        Interface<NodeInterface>();
        IsTypeOf = o => o is SatelliteRecord;
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => SatelliteAccess.GlobalId(ctx.Source));
        Field<NonNullGraphType<PrefectureGraphType>, PrefectureInfo>("prefecture")
            .Description("The prefecture that runs it.")
            .Resolve(ctx => ctx.Directory().Prefecture(ctx.Source.PrefectureCode));
        Field<NonNullGraphType<MunicipalityGraphType>, MunicipalityInfo>("municipality")
            .Description("The municipality it is in.")
            .Resolve(ctx => ctx.Directory().Municipality(ctx.Source.MunicipalityCode));
        Field<NonNullGraphType<SatelliteStatusEnumType>>("status").Description("Where it stands.").Resolve(ctx => ctx.Source.Status);
        Field<NonNullGraphType<DateScalarType>>("establishedOn").Description("The day it was established.").Resolve(ctx => ctx.Source.EstablishedOn);
        Field<NonNullGraphType<DateScalarType>>("plannedTransitionOn").Description("The day it is to be handed over to the municipality.").Resolve(ctx => ctx.Source.PlannedTransitionOn);
        Field<DateScalarType>("transitionedOn").Description("The day it was handed over; null until then.").Resolve(ctx => ctx.Source.TransitionedOn);
        Field<DateScalarType>("closedOn").Description("The day it closed without a handover; null unless so.").Resolve(ctx => ctx.Source.ClosedOn);
        Field<NonNullGraphType<BooleanGraphType>>("isOverdue")
            .Description("The planned transition date has passed and the satellite is still planned or operating.")
            .Resolve(ctx => ctx.Source.IsOverdue(ctx.Today()));
        Field<IntGraphType>("daysUntilTransition")
            .Description("Days from today (Japan) to the planned transition, negative when overdue; null once transitioned or closed.")
            .Resolve(ctx => ctx.Source.DaysUntilTransition(ctx.Today()));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SatelliteEventType>>>>("history")
            .Description("Establishment, extensions (with reasons), transition or closure, oldest first.")
            .Resolve(ctx => ctx.Source.History);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("transferredCases")
            .Description("On transition: the prefecture's cases that moved to the municipality under a transfer consent (their stubs' ids).")
            .ResolveAsync(async ctx => await SatelliteAccess.CaseIdsAsync(ctx, ctx.Source.TransferredCaseIds));
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<IdGraphType>>>>("followUpCases")
            .Description("On transition: open cases without a transfer consent; they stay with the prefecture for follow-up.")
            .ResolveAsync(async ctx => await SatelliteAccess.CaseIdsAsync(ctx, ctx.Source.FollowUpCaseIds));
    }
}
