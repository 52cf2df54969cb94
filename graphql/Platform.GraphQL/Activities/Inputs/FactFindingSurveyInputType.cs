using GraphQL.Types;
using Platform.GraphQL.Activities.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Activities.Inputs;

/// <summary>GraphQL input <c>FactFindingSurveyInput</c>.</summary>
public sealed class FactFindingSurveyInputType : InputObjectGraphType<FactFindingSurveyInput>
{
    /// <summary>Defines the fields.</summary>
    public FactFindingSurveyInputType()
    {
        Name = "FactFindingSurveyInput";
        Description = "How a fact-finding survey (実態把握) was done: counts only, no answers.";
        Field<NonNullGraphType<SurveyMethodEnumType>>("method").Description("How the answers were collected.");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveySampleInputType>>>>("samples").Description("The groups sampled and their sizes.");
        Field(x => x.Responses).Description("How many answers came back.");
        Field<DateScalarType>("publishedOn").Description("Not before the survey, not in the future.");
    }
}
