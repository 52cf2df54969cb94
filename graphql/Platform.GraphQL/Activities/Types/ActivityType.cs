namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>Activity</c>: one recorded activity, counts only.</summary>
public sealed class ActivityType : ObjectGraphType<Activity>
{
    public ActivityType()
    {
        Name = "Activity";
        Description = "One recorded activity of a tenant: counts only, never a person.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The activity's id within the tenant.").Resolve(ctx => ctx.Source.Id);
        Field<NonNullGraphType<ActivityKindEnumType>>("kind").Description("What kind of activity it was.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<DateScalarType>>("heldOn").Description("The day it was held.").Resolve(ctx => ctx.Source.HeldOn);
        Field<NonNullGraphType<IntGraphType>>("participants")
            .Description("People present; for STAFF_TRAINING the trainees, for FACT_FINDING_SURVEY the responses.")
            .Resolve(ctx => ctx.Source.CountedParticipants);
        Field(x => x.FirstTimeParticipants, nullable: true).Description("Participants who came for the first time; null when not counted.");
        Field<IdGraphType>("placeId").Description("For a place-of-belonging session: the place's id.").Resolve(ctx => ctx.Source.PlaceId);
        Field(x => x.AgenciesPresent, nullable: true).Description("Member agencies present at a network meeting.");
        Field(x => x.MunicipalPlatform).Description("A meeting of the municipal platform (市町村プラットフォーム).");
        Field(x => x.FamilySeminar).Description("A family seminar (家族セミナー).");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<TraineeCountType>>>>("trainees").Description("For a staff training: trainees by the kind of agency they work for.").Resolve(ctx => ctx.Source.Trainees);
        Field<FactFindingSurveyType>("survey").Description("For a fact-finding survey: how it was done and how many answered.").Resolve(ctx => ctx.Source.Survey);
    }
}
