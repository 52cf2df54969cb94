using GraphQL.Types;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL enum <c>WithdrawalDuration</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class WithdrawalDurationEnumType : EnumerationGraphType<WithdrawalDuration>
{
    /// <summary>Names the type as the contract does.</summary>
    public WithdrawalDurationEnumType()
    {
        Name = "WithdrawalDuration";
        Description = "How long the person has been withdrawn (ひきこもり期間).";
    }
}
