using GraphQL.Types;
using Platform.Tenants.Activities;

namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL enum <c>SurveyGroup</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class SurveyGroupEnumType : EnumerationGraphType<SurveyGroup>
{
    /// <summary>Names the type.</summary>
    public SurveyGroupEnumType()
    {
        Name = "SurveyGroup";
        Description = "A group a fact-finding survey sampled.";
    }
}
