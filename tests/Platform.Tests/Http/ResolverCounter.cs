namespace Platform.Tests.Http;

/// <summary>Counts the test schema's resolvers as they run (one per host).</summary>
public sealed class ResolverCounter
{
    private int _count;

    /// <summary>How many counted resolvers have run.</summary>
    public int Count => Volatile.Read(ref _count);

    /// <summary>Records one resolver run.</summary>
    public void Increment() => Interlocked.Increment(ref _count);
}
