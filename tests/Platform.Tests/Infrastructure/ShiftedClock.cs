namespace Platform.Tests.Infrastructure;

/// <summary>
/// A clock a test moves: the real time plus an offset the test sets. Time keeps flowing, and
/// the Orleans runtime keeps the real clock (it never sees this one), so membership, timers
/// and reminders run as usual while the platform's "today" is wherever the test put it.
/// </summary>
public sealed class ShiftedClock : PlatformClock
{
    private long _offsetTicks;

    /// <summary>Japan's offset from UTC.</summary>
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>Moves "now" so that today in Japan is <paramref name="date"/> (at the current time of day).</summary>
    public void SetToday(DateOnly date)
    {
        var real = System.GetUtcNow().ToOffset(Japan);
        var target = new DateTimeOffset(date.ToDateTime(TimeOnly.FromDateTime(real.DateTime)), Japan);

        // Keep away from midnight, so a test's "today" cannot roll over while it runs.
        if (real.TimeOfDay > TimeSpan.FromHours(23.5))
        {
            target = target.AddHours(-1);
        }

        Interlocked.Exchange(ref _offsetTicks, (target - real).Ticks);
    }
}
