namespace Platform.Tenants.Satellites;

/// <summary>Why an alert about a satellite was raised.</summary>
public enum SatelliteAlertKind
{
    /// <summary>The planned transition is 180 days away or less.</summary>
    Due180Days = 0,

    /// <summary>The planned transition is 90 days away or less.</summary>
    Due90Days = 1,

    /// <summary>The planned transition is 30 days away or less.</summary>
    Due30Days = 2,

    /// <summary>The planned transition date has passed and the satellite is still active.</summary>
    Overdue = 3,
}
