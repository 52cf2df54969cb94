using System.Data.Common;

namespace Platform.Silo.Orleans;

/// <summary>
/// Wraps the grain storage so that a database failure leaves it as a
/// <see cref="StorageUnavailableException"/>: ours, serialisable, with a message safe to show.
/// </summary>
/// <remarks>
/// Npgsql's exceptions have no Orleans codec. A grain whose state cannot be read fails while it
/// activates, before any call filter runs, and the failure travels to the calling silo; carrying
/// a <c>PostgresException</c> it could not be sent at all (<c>CodecNotFoundException</c>) and the
/// caller saw a serialisation error instead of "the database is unavailable". The database's own
/// text stays in this silo's log, where it belongs (it can quote statements).
/// </remarks>
public sealed class StorageFaultBoundary(IGrainStorage inner, ILogger<StorageFaultBoundary> logger)
    : IGrainStorage, ILifecycleParticipant<ISiloLifecycle>
{
    /// <summary>The storage it wraps.</summary>
    public IGrainStorage Inner => inner;

    /// <summary>Puts the boundary in front of the grain storage registered as <paramref name="name"/>.</summary>
    public static void Wrap(IServiceCollection services, string name)
    {
        var registered = services.Last(d => d.IsKeyedService && d.ServiceType == typeof(IGrainStorage) && Equals(d.ServiceKey, name));
        services.Remove(registered);
        services.AddKeyedSingleton<IGrainStorage>(name, (provider, key) => new StorageFaultBoundary(
            Create(registered, provider, key), provider.GetRequiredService<ILogger<StorageFaultBoundary>>()));
    }

    /// <inheritdoc />
    public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        GuardAsync(() => inner.ReadStateAsync(stateName, grainId, grainState), grainId);

    /// <inheritdoc />
    public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        GuardAsync(() => inner.WriteStateAsync(stateName, grainId, grainState), grainId);

    /// <inheritdoc />
    public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) =>
        GuardAsync(() => inner.ClearStateAsync(stateName, grainId, grainState), grainId);

    /// <inheritdoc />
    public void Participate(ISiloLifecycle lifecycle) => (inner as ILifecycleParticipant<ISiloLifecycle>)?.Participate(lifecycle);

    /// <summary>True when <paramref name="exception"/> or one it wraps is the database's (or its pool's) failure.</summary>
    public static bool IsDatabaseFailure(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is DbException or TimeoutException)
                return true;
        }

        return false;
    }

    private async Task GuardAsync(Func<Task> operation, GrainId grainId)
    {
        try
        {
            await operation();
        }
        catch (Exception ex) when (ex is not InconsistentStateException && IsDatabaseFailure(ex))
        {
            // The exception type only in the warning; the full text at Debug for whoever needs it.
            logger.LogWarning("Grain storage failed for {Grain} ({Failure})", grainId, ex.GetType().Name);
            logger.LogDebug(ex, "Grain storage failure for {Grain}", grainId);
            throw new StorageUnavailableException(StorageFailureFilter.UnavailableMessage);
        }
    }

    private static IGrainStorage Create(ServiceDescriptor registered, IServiceProvider provider, object? key) =>
        registered.KeyedImplementationInstance as IGrainStorage
        ?? (IGrainStorage?)registered.KeyedImplementationFactory?.Invoke(provider, key)
        ?? (IGrainStorage)ActivatorUtilities.CreateInstance(provider, registered.KeyedImplementationType!);
}
