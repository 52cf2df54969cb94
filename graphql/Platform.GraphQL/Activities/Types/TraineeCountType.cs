using GraphQL.Types;
using Platform.Tenants.Activities;

namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>TraineeCount</c>: trainees of one agency type.</summary>
public sealed class TraineeCountType : ObjectGraphType<KeyValuePair<AgencyType, int>>
{
    /// <summary>Defines the fields.</summary>
    public TraineeCountType()
    {
        Name = "TraineeCount";
        Field<NonNullGraphType<AgencyTypeEnumType>>("agencyType").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("count").Resolve(ctx => ctx.Source.Value);
    }
}
