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
        Description = "How many trainees came from one kind of agency.";
        Field<NonNullGraphType<AgencyTypeEnumType>>("agencyType").Description("The kind of agency.");
        Field(x => x.Count).Description("How many trainees.");
    }
}
