using Platform.GraphQL.Activities.Types;
using Platform.Tenants.Statistics;

namespace Platform.GraphQL.Statistics;

/// <summary>GraphQL type <c>ActivityStatistics</c>: one kind's sessions and participants.</summary>
public sealed class ActivityStatisticsType : ObjectGraphType<ActivitySheetRow>
{
    public ActivityStatisticsType()
    {
        Name = "ActivityStatistics";
        Field<NonNullGraphType<ActivityKindEnumType>>("kind").Description("The kind of activity.").Resolve(ctx => ctx.Source.Kind);
        Field(x => x.Sessions).Description("Activities held: events, never suppressed.");
        Field<NonNullGraphType<CellType>>("participants").Description("Participants over all sessions.").Resolve(ctx => ctx.Source.Participants);
        Field<NonNullGraphType<CellType>>("firstTimeParticipants").Description("Participants who came for the first time.").Resolve(ctx => ctx.Source.FirstTimeParticipants);
    }
}
