using Platform.Tenants.PrefecturalSupport;

namespace Platform.GraphQL.Satellites.Types;

/// <summary>GraphQL enum <c>GrantConditionStatus</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class GrantConditionStatusEnumType : EnumerationGraphType<GrantConditionStatus>
{
    public GrantConditionStatusEnumType()
    {
        Name = "GrantConditionStatus";
        Description = "Whether a preparation grant's condition (a program of the committed tier the next year) is met.";
    }
}

/// <summary>GraphQL enum <c>PreparationItem</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class PreparationItemEnumType : EnumerationGraphType<PreparationItem>
{
    public PreparationItemEnumType()
    {
        Name = "PreparationItem";
        Description = "What a preparation grant (準備支援) may pay for.";
    }
}

/// <summary>GraphQL enum <c>SatelliteAlertKind</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class SatelliteAlertKindEnumType : EnumerationGraphType<SatelliteAlertKind>
{
    public SatelliteAlertKindEnumType()
    {
        Name = "SatelliteAlertKind";
        Description = "How near a satellite's planned transition is, or that it is overdue.";
    }
}

/// <summary>GraphQL enum <c>SatelliteEventKind</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class SatelliteEventKindEnumType : EnumerationGraphType<SatelliteEventKind>
{
    public SatelliteEventKindEnumType()
    {
        Name = "SatelliteEventKind";
        Description = "What happened to a satellite.";
    }
}

/// <summary>GraphQL enum <c>SatelliteStatus</c>; values in SCREAMING_SNAKE case.</summary>
public sealed class SatelliteStatusEnumType : EnumerationGraphType<SatelliteStatus>
{
    public SatelliteStatusEnumType()
    {
        Name = "SatelliteStatus";
        Description = "Where a satellite (サテライト) stands in its life.";
    }
}
