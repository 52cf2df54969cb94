namespace Platform.GraphQL.Activities.Inputs;

/// <summary>The sample size of one surveyed group.</summary>
public sealed class SurveySampleInput
{
    /// <summary>The group.</summary>
    public SurveyGroup Group { get; set; }

    /// <summary>How many were asked.</summary>
    public int Size { get; set; }
}

/// <summary>GraphQL input <c>SurveySampleInput</c>.</summary>
public sealed class SurveySampleInputType : InputObjectGraphType<SurveySampleInput>
{
    public SurveySampleInputType()
    {
        Name = "SurveySampleInput";
        Description = "One group a survey sampled and its size.";
        Field<NonNullGraphType<EnumerationGraphType<SurveyGroup>>>("group").Description("The group.");
        Field(x => x.Size).Description("How many were asked.");
    }
}
