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
    }
}
