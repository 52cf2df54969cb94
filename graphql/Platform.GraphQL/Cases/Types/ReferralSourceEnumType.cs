using GraphQL.Types;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL enum <c>ReferralSource</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ReferralSourceEnumType : EnumerationGraphType<ReferralSource>
{
    /// <summary>Names the type as the contract does.</summary>
    public ReferralSourceEnumType()
    {
        Name = "ReferralSource";
        Description = "Who first brought a case (相談経路).";
    }
}
