using GraphQL.Types;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL enum <c>ClosureReason</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ClosureReasonEnumType : EnumerationGraphType<ClosureReason>
{
    /// <summary>Names the type as the contract does.</summary>
    public ClosureReasonEnumType()
    {
        Name = "ClosureReason";
        Description = "Why a case was closed (終結理由).";
    }
}
