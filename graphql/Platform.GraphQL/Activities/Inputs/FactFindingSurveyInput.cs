using Platform.Tenants.Activities;

namespace Platform.GraphQL.Activities.Inputs;

/// <summary>The details of a fact-finding survey.</summary>
public sealed class FactFindingSurveyInput
{
    /// <summary>How answers were collected.</summary>
    public SurveyMethod Method { get; set; }

    /// <summary>Sample sizes by group.</summary>
    public List<SurveySampleInput> Samples { get; set; } = [];

    /// <summary>Answers received.</summary>
    public int Responses { get; set; }

    /// <summary>When the results were published, once they were.</summary>
    public DateOnly? PublishedOn { get; set; }
}
