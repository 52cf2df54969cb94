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

    /// <summary>Days before the planned transition at which alerts are raised, largest first.</summary>
    public static readonly int[] AlertDays = [180, 90, 30];
}
