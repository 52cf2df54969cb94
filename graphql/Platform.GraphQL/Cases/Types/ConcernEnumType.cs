using GraphQL.Types;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL enum <c>Concern</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class ConcernEnumType : EnumerationGraphType<Concern>
{
    /// <summary>Names the type as the contract does.</summary>
    public ConcernEnumType()
    {
        Name = "Concern";
        Description = "A concern recorded on a case.";
    }
}
