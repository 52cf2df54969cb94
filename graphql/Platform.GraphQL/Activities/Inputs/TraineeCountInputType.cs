using GraphQL.Types;
using Platform.GraphQL.Activities.Types;

namespace Platform.GraphQL.Activities.Inputs;

/// <summary>GraphQL input <c>TraineeCountInput</c>.</summary>
public sealed class TraineeCountInputType : InputObjectGraphType<TraineeCountInput>
{
    /// <summary>Defines the fields.</summary>
    public TraineeCountInputType()
    {
        Name = "TraineeCountInput";
        Field<NonNullGraphType<AgencyTypeEnumType>>("agencyType");
        Field(x => x.Count);
    }
}
