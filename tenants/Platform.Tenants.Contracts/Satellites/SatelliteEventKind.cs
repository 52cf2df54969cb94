namespace Platform.Tenants.Satellites;

/// <summary>What happened to a satellite, as its history records it.</summary>
public enum SatelliteEventKind
{
    /// <summary>The prefecture established it.</summary>
    Established = 0,

    /// <summary>The planned transition date moved later, with a reason.</summary>
    Extended = 1,

    /// <summary>The municipality took it over as its own program.</summary>
    Transitioned = 2,

    /// <summary>It closed without a handover.</summary>
    Closed = 3,
}
