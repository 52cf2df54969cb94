using GraphQL.Types;
using Platform.Tenants.Activities;

namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL enum <c>SurveyMethod</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class SurveyMethodEnumType : EnumerationGraphType<SurveyMethod>
{
    /// <summary>Names the type.</summary>
    public SurveyMethodEnumType()
    {
        Name = "SurveyMethod";
        Description = "How a fact-finding survey collected its answers.";
    }
}
