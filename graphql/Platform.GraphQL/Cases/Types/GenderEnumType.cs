using GraphQL.Types;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL enum <c>Gender</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class GenderEnumType : EnumerationGraphType<Gender>
{
    /// <summary>Names the type as the contract does.</summary>
    public GenderEnumType()
    {
        Name = "Gender";
        Description = "The person's gender, as recorded.";
    }
}
