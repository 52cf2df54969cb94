namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>FactFindingSurvey</c>.</summary>
public sealed class FactFindingSurveyType : ObjectGraphType<FactFindingSurvey>
{
    public FactFindingSurveyType()
    {
        Name = "FactFindingSurvey";
        Field<NonNullGraphType<EnumerationGraphType<SurveyMethod>>>("method").Description("How the answers were collected.").Resolve(ctx => ctx.Source.Method);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveySampleType>>>>("samples").Description("The groups sampled and their sizes.").Resolve(ctx => ctx.Source.SampleSizes);
        Field(x => x.Responses).Description("How many answers came back.");
        Field<DateScalarType>("publishedOn").Description("The day the results were published; null when not yet.").Resolve(ctx => ctx.Source.PublishedOn);
    }
}
