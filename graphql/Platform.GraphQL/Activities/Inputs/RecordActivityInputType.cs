using Platform.GraphQL.Infrastructure;
using GraphQL.Types;
using Platform.GraphQL.Activities.Types;
using Platform.GraphQL.Types;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Activities.Inputs;

/// <summary>GraphQL input <c>RecordActivityInput</c>: the common fields and each kind's details.</summary>
public sealed class RecordActivityInputType : InputObjectGraphType<RecordActivityInput>
{
    /// <summary>Defines the fields.</summary>
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
