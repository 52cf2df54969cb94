using GraphQL.Types;
using Platform.Tenants.Satellites;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL enum <c>SatelliteEventKind</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class SatelliteEventKindEnumType : EnumerationGraphType<SatelliteEventKind>
{
    /// <summary>Names the type as the contract does.</summary>
    public SatelliteEventKindEnumType()
    {
        Name = "SatelliteEventKind";
        Description = "What happened to a satellite.";
    }
}
