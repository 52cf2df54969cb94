using GraphQL.Types;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL enum <c>ConsentPurpose</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ConsentPurposeEnumType : EnumerationGraphType<ConsentPurpose>
{
    /// <summary>Names the type as the contract does.</summary>
    public ConsentPurposeEnumType()
    {
        Name = "ConsentPurpose";
        Description = "What a consent (同意) allows.";
    }
}
