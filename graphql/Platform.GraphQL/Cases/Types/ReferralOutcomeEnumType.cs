using GraphQL.Types;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL enum <c>ReferralOutcome</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ReferralOutcomeEnumType : EnumerationGraphType<ReferralOutcome>
{
    /// <summary>Names the type as the contract does.</summary>
    public ReferralOutcomeEnumType()
    {
        Name = "ReferralOutcome";
        Description = "What became of a referral.";
    }
}
