using GraphQL.Types;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL enum <c>ContactParty</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ContactPartyEnumType : EnumerationGraphType<ContactParty>
{
    /// <summary>Names the type as the contract does.</summary>
    public ContactPartyEnumType()
    {
        Name = "ContactParty";
        Description = "With whom a contact took place.";
    }
}
