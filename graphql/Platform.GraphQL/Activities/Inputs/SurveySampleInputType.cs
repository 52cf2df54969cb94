using GraphQL.Types;
using Platform.GraphQL.Activities.Types;

namespace Platform.GraphQL.Activities.Inputs;

/// <summary>GraphQL input <c>SurveySampleInput</c>.</summary>
public sealed class SurveySampleInputType : InputObjectGraphType<SurveySampleInput>
{
    /// <summary>Defines the fields.</summary>
    public SurveySampleInputType()
    {
        Name = "SurveySampleInput";
        Description = "One group a survey sampled and its size.";
        Field<NonNullGraphType<SurveyGroupEnumType>>("group").Description("The group.");
        Field(x => x.Size).Description("How many were asked.");
    }
}
