using GraphQL.Types;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL enum <c>CaseStatus</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class CaseStatusEnumType : EnumerationGraphType<CaseStatus>
{
    /// <summary>Names the type as the contract does.</summary>
    public CaseStatusEnumType()
    {
        Name = "CaseStatus";
        Description = "Where a case stands in its life cycle.";
    }
}
