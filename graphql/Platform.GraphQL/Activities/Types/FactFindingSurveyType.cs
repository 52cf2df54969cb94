using GraphQL.Types;
using Platform.Tenants.Activities;

namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL type <c>FactFindingSurvey</c>.</summary>
public sealed class FactFindingSurveyType : ObjectGraphType<FactFindingSurvey>
{
    /// <summary>Defines the fields.</summary>
    public FactFindingSurveyType()
    {
        Name = "FactFindingSurvey";
        Field<NonNullGraphType<SurveyMethodEnumType>>("method").Resolve(ctx => ctx.Source.Method);
        Field<NonNullGraphType<ListGraphType<NonNullGraphType<SurveySampleType>>>>("samples").Resolve(ctx => ctx.Source.SampleSizes);
        Field(x => x.Responses);
        Field<Platform.GraphQL.Types.DateScalarType>("publishedOn").Resolve(ctx => ctx.Source.PublishedOn);
    }
}
