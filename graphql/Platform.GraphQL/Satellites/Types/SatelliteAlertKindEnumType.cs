using GraphQL.Types;
using Platform.Tenants.Satellites;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL enum <c>SatelliteAlertKind</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class SatelliteAlertKindEnumType : EnumerationGraphType<SatelliteAlertKind>
{
    /// <summary>Names the type as the contract does.</summary>
    public SatelliteAlertKindEnumType()
    {
        Name = "SatelliteAlertKind";
        Description = "How near a satellite's planned transition is, or that it is overdue.";
    }
}
