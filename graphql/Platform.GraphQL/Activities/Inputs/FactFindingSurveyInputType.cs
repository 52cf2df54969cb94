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
        Field<NonNullGraphType<SurveyMethodEnumType>>("method");
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveySampleInputType>>>>("samples");
        Field(x => x.Responses);
        Field<DateScalarType>("publishedOn").Description("Not before the survey, not in the future.");
    }
}
