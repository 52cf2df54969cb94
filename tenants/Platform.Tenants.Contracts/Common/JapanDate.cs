namespace Platform.Tenants.Common;

/// <summary>Dates are Japanese dates: the platform's users live in UTC+9.</summary>
public static class JapanDate
{
    /// <summary>Japan's offset from UTC (no daylight saving time).</summary>
    public static readonly TimeSpan Offset = TimeSpan.FromHours(9);

    /// <summary>Today's date in Japan by <paramref name="clock"/>.</summary>
    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().ToOffset(Offset).DateTime);

    /// <summary>The date in Japan of <paramref name="at"/>.</summary>
    public static DateOnly Of(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(Offset).DateTime);
}
