using GraphQL.Types;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL enum <c>ReferralDestination</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ReferralDestinationEnumType : EnumerationGraphType<ReferralDestination>
{
    /// <summary>Names the type as the contract does.</summary>
    public ReferralDestinationEnumType()
    {
        Name = "ReferralDestination";
        Description = "The kind of agency a case is referred to (つなぎ先).";
    }
}
