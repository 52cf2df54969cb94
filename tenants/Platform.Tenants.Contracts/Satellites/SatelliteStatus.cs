namespace Platform.Tenants.Satellites;

/// <summary>Where a satellite (サテライト) of a prefecture's center stands.</summary>
public enum SatelliteStatus
{
    /// <summary>Established with a start date still to come.</summary>
    Planned = 0,

    /// <summary>Running in the municipality, funded and backed by the prefecture.</summary>
    Operating = 1,

    /// <summary>Handed over: the municipality now runs its own program (市町村事業に移行).</summary>
    Transitioned = 2,

    /// <summary>Ended without a handover.</summary>
    Closed = 3,
}
