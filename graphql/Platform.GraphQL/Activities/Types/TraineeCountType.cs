namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>TraineeCount</c>: trainees of one agency type.</summary>
public sealed class TraineeCountType : ObjectGraphType<KeyValuePair<AgencyType, int>>
{
    public TraineeCountType()
    {
        Name = "TraineeCount";
        Description = "How many trainees of a staff training came from one kind of agency.";
        Field<NonNullGraphType<AgencyTypeEnumType>>("agencyType").Description("The kind of agency.").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Description("How many trainees.").Resolve(ctx => ctx.Source.Value);
    }
}
