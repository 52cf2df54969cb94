namespace Platform.Tenants.Common;

/// <summary>
/// The platform's "now": what grains, audit and resolvers read for today's date. It is a
/// service of its own, apart from the <see cref="TimeProvider"/> the Orleans runtime uses for
/// membership, generations and timers, so a test can move the platform's date by years (the
/// satellites' two-year transitions) without the runtime seeing its own clock jump.
/// </summary>
public class PlatformClock : TimeProvider
{
    /// <summary>The real clock, which production always uses.</summary>
    public static PlatformClock Real { get; } = new();

    /// <inheritdoc />
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow();
}
