using Platform.GraphQL.Activities.Types;

namespace Platform.GraphQL.Activities.Inputs;

/// <summary>Trainees of one agency type.</summary>
public sealed class TraineeCountInput
{
    /// <summary>The agency type.</summary>
    public AgencyType AgencyType { get; set; }

    /// <summary>How many trainees came from it.</summary>
    public int Count { get; set; }
}

/// <summary>GraphQL input <c>TraineeCountInput</c>.</summary>
public sealed class TraineeCountInputType : InputObjectGraphType<TraineeCountInput>
{
    public TraineeCountInputType()
    {
        Name = "TraineeCountInput";
        Description = "How many trainees came from one kind of agency.";
        Field<NonNullGraphType<AgencyTypeEnumType>>("agencyType").Description("The kind of agency.");
        Field(x => x.Count).Description("How many trainees.");
    }
}
