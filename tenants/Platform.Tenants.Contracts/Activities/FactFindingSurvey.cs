namespace Platform.Tenants.Activities;

/// <summary>The details of a fact-finding survey (実態把握): counts only, no answers.</summary>
[GenerateSerializer, Immutable, Alias("platform.fact-finding-survey.v1")]
public sealed record FactFindingSurvey(
    [property: Id(0)] SurveyMethod Method,
    [property: Id(1)] ImmutableSortedDictionary<SurveyGroup, int> SampleSizes,
    [property: Id(2)] int Responses,
    [property: Id(3)] DateOnly? PublishedOn)
{
    /// <summary>All groups' samples together.</summary>
    public int TotalSample => SampleSizes.Values.Sum();
}
