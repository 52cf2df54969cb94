using Platform.GraphQL.Activities.Inputs;
using Platform.GraphQL.Activities.Types;

namespace Platform.GraphQL.Activities;

/// <summary>GraphQL type <c>PlannedActivity</c>.</summary>
public sealed class PlannedActivityType : ObjectGraphType<PlannedActivity>
{
    public PlannedActivityType()
    {
        Name = "PlannedActivity";
        Description = "An activity planned for a day. It counts nowhere until HELD; then activityId names the recorded activity.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The plan's id within the tenant.").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<ActivityKindEnumType>>("kind").Description("What kind of activity is planned.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<DateScalarType>>("plannedOn").Description("The day it is planned for.").Resolve(ctx => ctx.Source.PlannedOn);
        Field<IdGraphType>("placeId").Description("For a place-of-belonging session: the place's id.").Resolve(ctx => ctx.Source.PlaceId);
        Field(x => x.Title, nullable: true).Description("A title shown in the calendar.");
        Field<NonNullGraphType<PlannedActivityStatusEnumType>>("status").Description("Planned, held or cancelled.").Resolve(ctx => ctx.Source.Status);
        Field<IdGraphType>("activityId").Description("Once held: the id of the activity recorded.").Resolve(ctx => ctx.Source.ActivityId);
        Field(x => x.CancelReason, nullable: true).Description("Once cancelled: why.");
    }
}

/// <summary>GraphQL enum <c>PlannedActivityStatus</c>.</summary>
public sealed class PlannedActivityStatusEnumType : EnumerationGraphType<PlannedActivityStatus>
{
    public PlannedActivityStatusEnumType()
    {
        Name = "PlannedActivityStatus";
        Description = "Where a planned activity stands.";
    }
}

/// <summary>The input of the planning mutations; one class, a type per mutation.</summary>
public sealed class PlanningInput : MutationInput
{
    /// <summary>planActivity: the kind.</summary>
    public ActivityKind Kind { get; set; }

    /// <summary>planActivity: the day.</summary>
    public DateOnly PlannedOn { get; set; }

    /// <summary>planActivity: the place (sessions).</summary>
    public string? PlaceId { get; set; }

    /// <summary>planActivity: a title.</summary>
    public string? Title { get; set; }

    /// <summary>hold/cancel: the planned activity.</summary>
    public string PlannedActivityId { get; set; } = "";

    /// <summary>hold: the day it took place.</summary>
    public DateOnly HeldOn { get; set; }

    /// <summary>hold: people present.</summary>
    public int? Participants { get; set; }

    /// <summary>hold: of them, first-timers.</summary>
    public int? FirstTimeParticipants { get; set; }

    /// <summary>hold: member agencies present (network meetings).</summary>
    public int? AgenciesPresent { get; set; }

    /// <summary>hold: a municipal platform meeting.</summary>
    public bool? MunicipalPlatform { get; set; }

    /// <summary>hold: a family seminar.</summary>
    public bool? FamilySeminar { get; set; }

    /// <summary>hold: trainees by agency type (staff training).</summary>
    public List<TraineeCountInput>? Trainees { get; set; }

    /// <summary>cancel: why.</summary>
    public string Reason { get; set; } = "";
}

/// <summary>GraphQL input <c>PlanActivityInput</c>.</summary>
public sealed class PlanActivityInputType : InputObjectGraphType<PlanningInput>
{
    public PlanActivityInputType()
    {
        Name = "PlanActivityInput";
        Description = "The input of planActivity.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<NonNullGraphType<ActivityKindEnumType>>("kind").Description("What kind of activity.");
        Field<NonNullGraphType<DateScalarType>>("plannedOn").Description("Today or later, at most two years ahead.");
        Field<IdGraphType>("placeId").Description("Place-of-belonging sessions only: an open place of the tenant.");
        Field(x => x.Title, nullable: true).Description("A title shown in the calendar.");
    }
}

/// <summary>GraphQL input <c>HoldPlannedActivityInput</c>.</summary>
public sealed class HoldPlannedActivityInputType : InputObjectGraphType<PlanningInput>
{
    public HoldPlannedActivityInputType()
    {
        Name = "HoldPlannedActivityInput";
        Description = "The input of holdPlannedActivity: the attendance of the planned activity that took place.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<NonNullGraphType<IdGraphType>>("plannedActivityId").Description("The planned activity's id.");
        Field<NonNullGraphType<DateScalarType>>("heldOn").Description("Not in the future.");
        Field(x => x.Participants, nullable: true).Description("How many took part.");
        Field(x => x.FirstTimeParticipants, nullable: true).Description("How many came for the first time.");
        Field(x => x.AgenciesPresent, nullable: true).Description("For a network meeting: how many agencies took part.");
        Field(x => x.MunicipalPlatform, nullable: true).Description("For a network meeting: whether it was the municipal platform's meeting.");
        Field(x => x.FamilySeminar, nullable: true).Description("For a family group meeting: whether it was a family seminar.");
        Field<ListGraphType<NonNullGraphType<TraineeCountInputType>>>("trainees").Description("For a staff training: trainees by the kind of agency they work for.");
    }
}

/// <summary>GraphQL input <c>CancelPlannedActivityInput</c>.</summary>
public sealed class CancelPlannedActivityInputType : InputObjectGraphType<PlanningInput>
{
    public CancelPlannedActivityInputType()
    {
        Name = "CancelPlannedActivityInput";
        Description = "The input of cancelPlannedActivity.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<NonNullGraphType<IdGraphType>>("plannedActivityId").Description("The planned activity's id.");
        Field(x => x.Reason).Description("Why it was called off; not empty.");
    }
}

/// <summary>The input of <c>updatePlaceOfBelonging</c> and <c>closePlaceOfBelonging</c>.</summary>
public sealed class PlaceChangeInput : MutationInput
{
    /// <summary>The place.</summary>
    public string PlaceId { get; set; } = "";

    /// <summary>update: the name.</summary>
    public string Name { get; set; } = "";

    /// <summary>update: the address.</summary>
    public string? Address { get; set; }

    /// <summary>update: when it opens.</summary>
    public string? Schedule { get; set; }

    /// <summary>update: listed in the public directory.</summary>
    public bool IsPublic { get; set; }

    /// <summary>close: the last day.</summary>
    public DateOnly ClosedOn { get; set; }
}

/// <summary>GraphQL input <c>UpdatePlaceOfBelongingInput</c>: the place as it now is.</summary>
public sealed class UpdatePlaceOfBelongingInputType : InputObjectGraphType<PlaceChangeInput>
{
    public UpdatePlaceOfBelongingInputType()
    {
        Name = "UpdatePlaceOfBelongingInput";
        Description = "The input of updatePlaceOfBelonging: the place's details, all replaced.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<NonNullGraphType<IdGraphType>>("placeId").Description("The place's id.");
        Field(x => x.Name).Description("Its name; not empty.");
        Field(x => x.Address, nullable: true).Description("Where it is.");
        Field(x => x.Schedule, nullable: true).Description("When it opens, as free text.");
        Field(x => x.IsPublic).Description("Whether it may be shown to the public.");
    }
}

/// <summary>GraphQL input <c>ClosePlaceOfBelongingInput</c>.</summary>
public sealed class ClosePlaceOfBelongingInputType : InputObjectGraphType<PlaceChangeInput>
{
    public ClosePlaceOfBelongingInputType()
    {
        Name = "ClosePlaceOfBelongingInput";
        Description = "The input of closePlaceOfBelonging.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<NonNullGraphType<IdGraphType>>("placeId").Description("The place's id.");
        Field<NonNullGraphType<DateScalarType>>("closedOn").Description("The last day; sessions after it are refused (PLACE_CLOSED).");
    }
}
