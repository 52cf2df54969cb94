using GraphQL.Types;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL enum <c>ContactChannel</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ContactChannelEnumType : EnumerationGraphType<ContactChannel>
{
    /// <summary>Names the type as the contract does.</summary>
    public ContactChannelEnumType()
    {
        Name = "ContactChannel";
        Description = "How a contact took place.";
    }
}
