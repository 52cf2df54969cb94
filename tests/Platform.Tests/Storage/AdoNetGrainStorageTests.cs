namespace Platform.Tests.Storage;

/// <summary>
/// The Orleans ADO.NET grain storage provider itself, running on our schema: the end-to-end
/// check that query keys, parameter names, result columns and version rules line up.
/// </summary>
public sealed class AdoNetGrainStorageTests : IAsyncLifetime
{
    private const string StateName = "counter";

    private string connectionString = string.Empty;
    private AdoNetGrainStorage storage = null!;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        var postgres = await TestPostgres.Shared;
        connectionString = await postgres.CreateDatabaseAsync("provider");
        await StorageSchema.ApplyAsync(connectionString, CancellationToken.None);
        storage = await AdoNetGrainStorageHarness.StartAsync(connectionString);
    }

    /// <inheritdoc/>
    public Task DisposeAsync() => Task.CompletedTask;

    public static TheoryData<string> KeyShapes => ["string", "integer", "integer+extension", "guid", "guid+extension"];

    [Theory]
    [MemberData(nameof(KeyShapes))]
    public async Task Write_ThenReadFromAnotherActivation_ReturnsTheState(string keyShape)
    {
        var grainId = NewGrainId(keyShape);
        var writer = new GrainState<CounterState> { State = new CounterState { Count = 41 } };
        await storage.WriteStateAsync(StateName, grainId, writer);
        writer.State.Count = 42;
        await storage.WriteStateAsync(StateName, grainId, writer);

        var reader = new GrainState<CounterState>();
        await storage.ReadStateAsync(StateName, grainId, reader);

        Assert.True(reader.RecordExists);
        Assert.Equal(42, reader.State?.Count);
        Assert.Equal(writer.ETag, reader.ETag);
    }

    [Fact]
    public async Task Write_WhenTwoActivationsWriteFirst_TheSecondGetsInconsistentState()
    {
        var grainId = NewGrainId("string");
        var activations = Enumerable.Range(0, 6).Select(i => new GrainState<CounterState> { State = new CounterState { Count = i } }).ToList();

        var outcomes = await Task.WhenAll(activations.Select(state => Record.ExceptionAsync(() => storage.WriteStateAsync(StateName, grainId, state))));

        Assert.Single(outcomes, outcome => outcome is null);
        Assert.All(outcomes.Where(outcome => outcome is not null), outcome => Assert.IsType<InconsistentStateException>(outcome));
    }

    [Fact]
    public async Task Write_WhenTheETagIsStale_ThrowsInconsistentState()
    {
        var grainId = NewGrainId("integer");
        var current = new GrainState<CounterState> { State = new CounterState { Count = 1 } };
        await storage.WriteStateAsync(StateName, grainId, current);
        var stale = new GrainState<CounterState> { State = new CounterState { Count = 2 }, ETag = current.ETag };
        await storage.WriteStateAsync(StateName, grainId, current);

        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grainId, stale));
    }

    [Fact]
    public async Task Clear_ThenRead_FindsNoRecordButTheNextWriteSucceeds()
    {
        var grainId = NewGrainId("guid");
        var state = new GrainState<CounterState> { State = new CounterState { Count = 5 } };
        await storage.WriteStateAsync(StateName, grainId, state);
        var beforeClear = state.ETag;

        await storage.ClearStateAsync(StateName, grainId, state);
        var reader = new GrainState<CounterState>();
        await storage.ReadStateAsync(StateName, grainId, reader);

        Assert.False(reader.RecordExists);
        Assert.Equal(0, reader.State?.Count);
        await storage.WriteStateAsync(StateName, grainId, reader);
        var stale = new GrainState<CounterState> { State = new CounterState(), ETag = beforeClear };
        await Assert.ThrowsAsync<InconsistentStateException>(() => storage.WriteStateAsync(StateName, grainId, stale));
    }

    [Fact]
    public async Task Clear_WithDeleteStateOnClear_RemovesTheStateForGood()
    {
        var deleting = await AdoNetGrainStorageHarness.StartAsync(connectionString, deleteStateOnClear: true);
        var grainId = NewGrainId("integer+extension");
        var state = new GrainState<CounterState> { State = new CounterState { Count = 9 } };
        await deleting.WriteStateAsync(StateName, grainId, state);

        await deleting.ClearStateAsync(StateName, grainId, state);
        var reader = new GrainState<CounterState>();
        await deleting.ReadStateAsync(StateName, grainId, reader);

        Assert.Null(state.ETag);
        Assert.False(reader.RecordExists);
        Assert.Null(reader.ETag);
        await deleting.WriteStateAsync(StateName, grainId, reader);
    }

    private static GrainId NewGrainId(string keyShape)
    {
        var type = GrainType.Create("municipality");
        return keyShape switch
        {
            "string" => GrainId.Create(type, $"tenant-{Guid.NewGuid():N}"),
            "integer" => GrainId.Create(type, GrainIdKeyExtensions.CreateIntegerKey(Random.Shared.NextInt64())),
            "integer+extension" => GrainId.Create(type, GrainIdKeyExtensions.CreateIntegerKey(Random.Shared.NextInt64(), "13101")),
            "guid" => GrainId.Create(type, GrainIdKeyExtensions.CreateGuidKey(Guid.NewGuid())),
            "guid+extension" => GrainId.Create(type, GrainIdKeyExtensions.CreateGuidKey(Guid.NewGuid(), "13101")),
            _ => throw new ArgumentOutOfRangeException(nameof(keyShape), keyShape, null),
        };
    }

    /// <summary>A minimal grain state.</summary>
    public sealed class CounterState
    {
        /// <summary>The counted value.</summary>
        public int Count { get; set; }
    }
}
