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

/// <summary>GraphQL input <c>FactFindingSurveyInput</c>.</summary>
public sealed class FactFindingSurveyInputType : InputObjectGraphType<FactFindingSurveyInput>
{
    public FactFindingSurveyInputType()
    {
        Name = "FactFindingSurveyInput";
        Description = "How a fact-finding survey (実態把握) was done: counts only, no answers.";
        Field<NonNullGraphType<EnumerationGraphType<SurveyMethod>>>("method").Description("How the answers were collected.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveySampleInputType>>>>("samples").Description("The groups sampled and their sizes.");
        Field(x => x.Responses).Description("How many answers came back.");
        Field<DateScalarType>("publishedOn").Description("Not before the survey, not in the future.");
    }
}
