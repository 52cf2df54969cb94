using GraphQL.Types;
using Platform.Tenants.Activities;

namespace Platform.GraphQL.Activities.Types;

/// <summary>GraphQL enum <c>AgencyType</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class AgencyTypeEnumType : EnumerationGraphType<AgencyType>
{
    /// <summary>Names the type.</summary>
    public AgencyTypeEnumType()
    {
        Name = "AgencyType";
        Description = "The kind of agency a trainee works for.";
    }
}
