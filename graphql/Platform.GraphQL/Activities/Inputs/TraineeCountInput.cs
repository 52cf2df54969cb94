using Platform.Tenants.Activities;

namespace Platform.GraphQL.Activities.Inputs;

/// <summary>Trainees of one agency type.</summary>
public sealed class TraineeCountInput
{
    /// <summary>The agency type.</summary>
    public AgencyType AgencyType { get; set; }

    /// <summary>How many trainees came from it.</summary>
    public int Count { get; set; }
}
