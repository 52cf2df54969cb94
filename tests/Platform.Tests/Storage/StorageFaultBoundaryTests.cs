using Orleans.Serialization;
using Platform.Silo.Orleans;

namespace Platform.Tests.Storage;

/// <summary>
/// A database failure leaves grain storage as our own serialisable exception, so it can travel to
/// the silo that made the call; Npgsql's own exceptions cannot.
/// </summary>
public sealed class StorageFaultBoundaryTests
{
    private static readonly GrainId Grain = GrainId.Create("case", "13101-x");

    [Fact]
    public async Task DatabaseFailure_LeavesAsStorageUnavailable_WhichOrleansCanSendToAnotherSilo()
    {
        var serializer = new ServiceCollection().AddSerializer().BuildServiceProvider().GetRequiredService<Serializer>();
        var failure = new PostgresException("the database system is starting up", "FATAL", "FATAL", "57P03");
        var boundary = new StorageFaultBoundary(new FailingStorage(failure), NullLogger<StorageFaultBoundary>.Instance);

        var thrown = await Assert.ThrowsAsync<StorageUnavailableException>(() => boundary.ReadStateAsync("state", Grain, new GrainState<int>()));

        Assert.Null(thrown.InnerException);
        Assert.DoesNotContain("starting up", thrown.Message, StringComparison.Ordinal);
        var received = serializer.Deserialize<Exception>(serializer.SerializeToArray<Exception>(thrown));
        Assert.IsType<StorageUnavailableException>(received);
        Assert.Equal(thrown.Message, received.Message);
        // What reached the other silo before: Npgsql's exception has no codec.
        Assert.ThrowsAny<Exception>(() => serializer.Deserialize<Exception>(serializer.SerializeToArray<Exception>(failure)));
    }

    [Fact]
    public async Task LostWriteRace_PassesThroughUnchanged_ForTheCallFilterToHandle()
    {
        var boundary = new StorageFaultBoundary(new FailingStorage(new InconsistentStateException("etag")), NullLogger<StorageFaultBoundary>.Instance);

        await Assert.ThrowsAsync<InconsistentStateException>(() => boundary.WriteStateAsync("state", Grain, new GrainState<int>()));
    }

    private sealed class FailingStorage(Exception failure) : IGrainStorage
    {
        public Task ReadStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.FromException(failure);

        public Task WriteStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.FromException(failure);

        public Task ClearStateAsync<T>(string stateName, GrainId grainId, IGrainState<T> grainState) => Task.FromException(failure);
    }
}
