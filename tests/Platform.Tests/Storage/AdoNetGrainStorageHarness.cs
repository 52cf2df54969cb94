using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Serialization.Activators;
using Orleans.Serialization.Serializers;

namespace Platform.Tests.Storage;

/// <summary>
/// Builds the real Orleans <see cref="AdoNetGrainStorage"/> (invariant "Npgsql") outside a
/// silo and runs its start-up, which loads the query texts from <c>OrleansQuery</c>.
/// </summary>
internal static class AdoNetGrainStorageHarness
{
    /// <summary>The ADO.NET invariant the silo configures for PostgreSQL.</summary>
    public const string Invariant = "Npgsql";

    /// <summary>Creates and initializes a provider as a silo would.</summary>
    public static async Task<AdoNetGrainStorage> StartAsync(string connectionString, bool deleteStateOnClear = false)
    {
        var options = new AdoNetGrainStorageOptions
        {
            Invariant = Invariant,
            ConnectionString = connectionString,
            DeleteStateOnClear = deleteStateOnClear,
            GrainStorageSerializer = new JsonStateSerializer(),
        };
        var storage = new AdoNetGrainStorage(
            new DefaultConstructorActivators(),
            NullLogger<AdoNetGrainStorage>.Instance,
            Options.Create(options),
            Options.Create(new ClusterOptions { ClusterId = "test-cluster", ServiceId = "test-service" }),
            "Default");

        var lifecycle = new RecordingLifecycle();
        storage.Participate(lifecycle);
        foreach (var observer in lifecycle.Observers.OrderBy(entry => entry.Stage))
        {
            await observer.Observer.OnStart(CancellationToken.None);
        }

        return storage;
    }

    /// <summary>Plain JSON, so a test can read the stored payload if it needs to.</summary>
    private sealed class JsonStateSerializer : IGrainStorageSerializer
    {
        public BinaryData Serialize<T>(T? input) => BinaryData.FromObjectAsJson(input);

        public T Deserialize<T>(BinaryData input) => input.ToObjectFromJson<T>()!;
    }

    /// <summary>Creates empty states with their parameterless constructor.</summary>
    private sealed class DefaultConstructorActivators : IActivatorProvider
    {
        public IActivator<T> GetActivator<T>() => new DefaultConstructorActivator<T>();

        private sealed class DefaultConstructorActivator<T> : IActivator<T>
        {
            public T Create() => Activator.CreateInstance<T>();
        }
    }

    /// <summary>Collects what the provider subscribes, so the test can start it.</summary>
    private sealed class RecordingLifecycle : ISiloLifecycle
    {
        public List<(int Stage, ILifecycleObserver Observer)> Observers { get; } = [];

        public int HighestCompletedStage => int.MaxValue;

        public int LowestStoppedStage => int.MaxValue;

        public IDisposable Subscribe(string observerName, int stage, ILifecycleObserver observer)
        {
            Observers.Add((stage, observer));
            return new NoSubscription();
        }

        private sealed class NoSubscription : IDisposable
        {
            public void Dispose()
            {
            }
        }
    }
}
