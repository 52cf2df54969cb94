using GraphQL.Types;
using Platform.Tenants.Satellites;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL enum <c>SatelliteStatus</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class SatelliteStatusEnumType : EnumerationGraphType<SatelliteStatus>
{
    /// <summary>Names the type as the contract does.</summary>
    public SatelliteStatusEnumType()
    {
        Name = "SatelliteStatus";
        Description = "Where a satellite (サテライト) stands in its life.";
    }
}
