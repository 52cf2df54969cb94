namespace Platform.Tenants.Cases;

/// <summary>Settings of retention (section <c>Retention</c>).</summary>
public sealed class RetentionOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Retention";

    /// <summary>
    /// How often a case book's durable reminder purges the closed cases whose retention has
    /// expired. A day in production; tests shorten it.
    /// </summary>
    public TimeSpan CheckPeriod { get; set; } = TimeSpan.FromDays(1);
}
