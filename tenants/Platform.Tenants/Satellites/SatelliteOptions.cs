namespace Platform.Tenants.Satellites;

/// <summary>Settings of the satellites (section <c>Satellites</c>).</summary>
public sealed class SatelliteOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Satellites";

    /// <summary>
    /// How often each active satellite's durable reminder checks its dates and raises the alerts
    /// that are due. A day in production; tests shorten it.
    /// </summary>
    public TimeSpan AlertCheckPeriod { get; set; } = TimeSpan.FromDays(1);

    /// <summary>The alerts raised before the planned transition, most urgent first: the first whose days are reached applies.</summary>
    public static readonly (int Days, SatelliteAlertKind Kind)[] AlertThresholds =
        [(30, SatelliteAlertKind.Due30Days), (90, SatelliteAlertKind.Due90Days), (180, SatelliteAlertKind.Due180Days)];
}
