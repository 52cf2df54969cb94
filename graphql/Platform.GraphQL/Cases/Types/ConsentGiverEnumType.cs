using GraphQL.Types;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL enum <c>ConsentGiver</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ConsentGiverEnumType : EnumerationGraphType<ConsentGiver>
{
    /// <summary>Names the type as the contract does.</summary>
    public ConsentGiverEnumType()
    {
        Name = "ConsentGiver";
        Description = "Who gave a consent: the person (本人の同意) or family on their behalf (家族による代理同意).";
    }
}
