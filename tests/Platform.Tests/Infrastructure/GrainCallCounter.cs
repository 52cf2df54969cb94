namespace Platform.Tests.Infrastructure;

/// <summary>
/// Counts the grain calls made outside grains (by requests' resolvers and by tests), by grain
/// interface, on the platform a <see cref="PlatformHost"/> runs: what a request costs in calls.
/// Calls grains make (roll-ups, timers) are not counted.
/// </summary>
public sealed class GrainCallCounter : IOutgoingGrainCallFilter
{
    private readonly ConcurrentDictionary<Type, int> _calls = new();

    /// <summary>The calls to <typeparamref name="TGrain"/> since the last <see cref="Reset"/>.</summary>
    public int Of<TGrain>() where TGrain : IGrain => _calls.GetValueOrDefault(typeof(TGrain));

    /// <summary>Forgets the calls counted so far.</summary>
    public void Reset() => _calls.Clear();

    /// <inheritdoc />
    public Task Invoke(IOutgoingGrainCallContext context)
    {
        if (context.SourceContext is null && context.InterfaceMethod?.DeclaringType is { } grain)
        {
            _calls.AddOrUpdate(grain, 1, (_, n) => n + 1);
        }

        return context.Invoke();
    }
}
