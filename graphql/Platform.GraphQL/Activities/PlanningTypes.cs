using GraphQL.Types;
using Platform.GraphQL.Activities.Inputs;
using Platform.GraphQL.Activities.Types;
using Platform.GraphQL.Types;
using Platform.Tenants.Activities;

namespace Platform.GraphQL.Activities;

/// <summary>GraphQL type <c>PlannedActivity</c>.</summary>
public sealed class PlannedActivityType : ObjectGraphType<PlannedActivity>
{
    /// <summary>Defines the fields.</summary>
    public PlannedActivityType()
    {
        Name = "PlannedActivity";
        Description = "An activity planned for a day. It counts nowhere until HELD; then activityId names the recorded activity.";
        Field<NonNullGraphType<IdGraphType>>("id").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<ActivityKindEnumType>>("kind").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<DateScalarType>>("plannedOn").Resolve(ctx => ctx.Source.PlannedOn);
        Field<IdGraphType>("placeId").Resolve(ctx => ctx.Source.PlaceId);
        Field(x => x.Title, nullable: true);
        Field<NonNullGraphType<PlannedActivityStatusEnumType>>("status").Resolve(ctx => ctx.Source.Status);
        Field<IdGraphType>("activityId").Resolve(ctx => ctx.Source.ActivityId);
        Field(x => x.CancelReason, nullable: true);
    }
}

/// <summary>GraphQL enum <c>PlannedActivityStatus</c>.</summary>
public sealed class PlannedActivityStatusEnumType : EnumerationGraphType<PlannedActivityStatus>
{
    /// <summary>Names the type.</summary>
    public PlannedActivityStatusEnumType() => Name = "PlannedActivityStatus";
}

/// <summary>The input of the planning mutations; one class, a type per mutation.</summary>
public sealed class PlanningInput
{
    /// <summary>Echoed back; a retry with the same id from the same caller applies once.</summary>
    public string? ClientMutationId { get; set; }

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
    /// <summary>Defines the fields.</summary>
    public PlanActivityInputType()
    {
        Name = "PlanActivityInput";
        Field(x => x.ClientMutationId, nullable: true);
        Field<NonNullGraphType<ActivityKindEnumType>>("kind");
        Field<NonNullGraphType<DateScalarType>>("plannedOn").Description("Today or later, at most two years ahead.");
        Field<IdGraphType>("placeId").Description("Place-of-belonging sessions only: an open place of the tenant.");
        Field(x => x.Title, nullable: true);
    }
}

/// <summary>GraphQL input <c>HoldPlannedActivityInput</c>.</summary>
public sealed class HoldPlannedActivityInputType : InputObjectGraphType<PlanningInput>
{
    /// <summary>Defines the fields.</summary>
    public HoldPlannedActivityInputType()
    {
        Name = "HoldPlannedActivityInput";
        Field(x => x.ClientMutationId, nullable: true);
        Field<NonNullGraphType<IdGraphType>>("plannedActivityId");
        Field<NonNullGraphType<DateScalarType>>("heldOn").Description("Not in the future.");
        Field(x => x.Participants, nullable: true);
        Field(x => x.FirstTimeParticipants, nullable: true);
        Field(x => x.AgenciesPresent, nullable: true);
        Field(x => x.MunicipalPlatform, nullable: true);
        Field(x => x.FamilySeminar, nullable: true);
        Field<ListGraphType<NonNullGraphType<TraineeCountInputType>>>("trainees");
    }
}

/// <summary>GraphQL input <c>CancelPlannedActivityInput</c>.</summary>
public sealed class CancelPlannedActivityInputType : InputObjectGraphType<PlanningInput>
{
    /// <summary>Defines the fields.</summary>
    public CancelPlannedActivityInputType()
    {
        Name = "CancelPlannedActivityInput";
        Field(x => x.ClientMutationId, nullable: true);
        Field<NonNullGraphType<IdGraphType>>("plannedActivityId");
        Field(x => x.Reason);
    }
}

/// <summary>The payload of a planning mutation: <c>{ clientMutationId plannedActivity errors }</c>.</summary>
public abstract class PlannedActivityPayloadType(string name)
    : PayloadType<PlannedActivityType, PlannedActivity>(name, "plannedActivity", "As it now stands; null when errors is not empty.");

/// <summary>GraphQL type <c>PlanActivityPayload</c>.</summary>
public sealed class PlanActivityPayloadType() : PlannedActivityPayloadType("PlanActivityPayload");

/// <summary>GraphQL type <c>HoldPlannedActivityPayload</c>.</summary>
public sealed class HoldPlannedActivityPayloadType() : PlannedActivityPayloadType("HoldPlannedActivityPayload");

/// <summary>GraphQL type <c>CancelPlannedActivityPayload</c>.</summary>
public sealed class CancelPlannedActivityPayloadType() : PlannedActivityPayloadType("CancelPlannedActivityPayload");

/// <summary>The input of <c>updatePlaceOfBelonging</c> and <c>closePlaceOfBelonging</c>.</summary>
public sealed class PlaceChangeInput
{
    /// <summary>Echoed back.</summary>
    public string? ClientMutationId { get; set; }

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
    /// <summary>Defines the fields.</summary>
    public UpdatePlaceOfBelongingInputType()
    {
        Name = "UpdatePlaceOfBelongingInput";
        Field(x => x.ClientMutationId, nullable: true);
        Field<NonNullGraphType<IdGraphType>>("placeId");
        Field(x => x.Name);
        Field(x => x.Address, nullable: true);
        Field(x => x.Schedule, nullable: true);
        Field(x => x.IsPublic);
    }
}

/// <summary>GraphQL input <c>ClosePlaceOfBelongingInput</c>.</summary>
public sealed class ClosePlaceOfBelongingInputType : InputObjectGraphType<PlaceChangeInput>
{
    /// <summary>Defines the fields.</summary>
    public ClosePlaceOfBelongingInputType()
    {
        Name = "ClosePlaceOfBelongingInput";
        Field(x => x.ClientMutationId, nullable: true);
        Field<NonNullGraphType<IdGraphType>>("placeId");
        Field<NonNullGraphType<DateScalarType>>("closedOn").Description("The last day; sessions after it are refused (PLACE_CLOSED).");
    }
}

/// <summary>GraphQL type <c>UpdatePlaceOfBelongingPayload</c>.</summary>
public sealed class UpdatePlaceOfBelongingPayloadType() : PayloadType<PlaceOfBelongingType, PlaceOfBelonging>("UpdatePlaceOfBelongingPayload", "placeOfBelonging");

/// <summary>GraphQL type <c>ClosePlaceOfBelongingPayload</c>.</summary>
public sealed class ClosePlaceOfBelongingPayloadType() : PayloadType<PlaceOfBelongingType, PlaceOfBelonging>("ClosePlaceOfBelongingPayload", "placeOfBelonging");
