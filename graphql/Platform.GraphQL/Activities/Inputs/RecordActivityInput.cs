using Platform.GraphQL.Activities.Types;

namespace Platform.GraphQL.Activities.Inputs;

/// <summary>The input of <c>recordActivity</c>; the tenant is the caller's.</summary>
public sealed class RecordActivityInput : MutationInput
{
    /// <summary>The kind of activity.</summary>
    public Tenants.Activities.ActivityKind Kind { get; set; }

    /// <summary>The day it was held.</summary>
    public DateOnly HeldOn { get; set; }

    /// <summary>People present (sessions, meetings, events).</summary>
    public int? Participants { get; set; }

    /// <summary>Of them, first-time participants (place-of-belonging sessions).</summary>
    public int? FirstTimeParticipants { get; set; }

    /// <summary>The registered place (place-of-belonging sessions).</summary>
    public string? PlaceId { get; set; }

    /// <summary>Member agencies present (network meetings).</summary>
    public int? AgenciesPresent { get; set; }

    /// <summary>A meeting of the municipal platform (network meetings).</summary>
    public bool? MunicipalPlatform { get; set; }

    /// <summary>A family seminar (family group meetings).</summary>
    public bool? FamilySeminar { get; set; }

    /// <summary>Trainees by agency type (staff training).</summary>
    public List<TraineeCountInput>? Trainees { get; set; }

    /// <summary>The survey's details (fact-finding surveys).</summary>
    public FactFindingSurveyInput? Survey { get; set; }
}

/// <summary>GraphQL input <c>RecordActivityInput</c>: the common fields and each kind's details.</summary>
public sealed class RecordActivityInputType : InputObjectGraphType<RecordActivityInput>
{
    public RecordActivityInputType()
    {
        Name = "RecordActivityInput";
        Description = "The input of recordActivity.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<NonNullGraphType<ActivityKindEnumType>>("kind").Description("What kind of activity.");
        Field<NonNullGraphType<DateScalarType>>("heldOn").Description("Not in the future.");
        Field(x => x.Participants, nullable: true).Description("Required for sessions, group meetings and awareness events; not given for STAFF_TRAINING or FACT_FINDING_SURVEY.");
        Field(x => x.FirstTimeParticipants, nullable: true).Description("PLACE_OF_BELONGING_SESSION only; at most participants.");
        Field<IdGraphType>("placeId").Description("PLACE_OF_BELONGING_SESSION only: a registered place of the caller's tenant.");
        Field(x => x.AgenciesPresent, nullable: true).Description("NETWORK_MEETING only, required: member agencies present.");
        Field(x => x.MunicipalPlatform, nullable: true).Description("NETWORK_MEETING only: a meeting of the municipal platform.");
        Field(x => x.FamilySeminar, nullable: true).Description("FAMILY_GROUP_MEETING only: a family seminar.");
        Field<ListGraphType<NonNullGraphType<TraineeCountInputType>>>("trainees").Description("STAFF_TRAINING only, required (prefectures and designated cities).");
        Field<FactFindingSurveyInputType>("survey").Description("FACT_FINDING_SURVEY only, required.");
    }
}
