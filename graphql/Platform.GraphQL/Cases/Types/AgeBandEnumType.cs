using GraphQL.Types;
using Platform.Tenants.Cases;

namespace Platform.GraphQL.Cases.Types;

/// <summary>GraphQL enum <c>AgeBand</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class AgeBandEnumType : EnumerationGraphType<AgeBand>
{
    /// <summary>Names the type as the contract does.</summary>
    public AgeBandEnumType()
    {
        Name = "AgeBand";
        Description = "An age band, when the exact birth year is not known or not given.";
    }
}
