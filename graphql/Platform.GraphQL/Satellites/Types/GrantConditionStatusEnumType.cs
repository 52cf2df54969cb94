using GraphQL.Types;
using Platform.Tenants.PrefecturalSupport;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL enum <c>GrantConditionStatus</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class GrantConditionStatusEnumType : EnumerationGraphType<GrantConditionStatus>
{
    /// <summary>Names the type as the contract does.</summary>
    public GrantConditionStatusEnumType()
    {
        Name = "GrantConditionStatus";
        Description = "Whether a preparation grant's condition (a program of the committed tier the next year) is met.";
    }
}
