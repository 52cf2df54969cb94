namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>SurveySample</c>: the sample size of one group.</summary>
public sealed class SurveySampleType : ObjectGraphType<KeyValuePair<SurveyGroup, int>>
{
    public SurveySampleType()
    {
        Name = "SurveySample";
        Description = "One group a fact-finding survey sampled and its size.";
        Field<NonNullGraphType<EnumerationGraphType<SurveyGroup>>>("group").Description("The group.").Resolve(ctx => ctx.Source.Key);
        Field<NonNullGraphType<IntGraphType>>("size").Description("How many were asked.").Resolve(ctx => ctx.Source.Value);
    }
}
