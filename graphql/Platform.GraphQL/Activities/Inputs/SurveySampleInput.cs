using Platform.Tenants.Activities;

namespace Platform.GraphQL.Activities.Inputs;

/// <summary>The sample size of one surveyed group.</summary>
public sealed class SurveySampleInput
{
    /// <summary>The group.</summary>
    public SurveyGroup Group { get; set; }

    /// <summary>How many were asked.</summary>
    public int Size { get; set; }
}
