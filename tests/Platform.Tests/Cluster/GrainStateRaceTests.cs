using Platform.Tests.Storage;

namespace Platform.Tests.Cluster;

/// <summary>
/// Races between activations on different silos (one storage provider each, as each silo has
/// its own), the situation a membership change can briefly create.
/// </summary>
public sealed class GrainStateRaceTests : IAsyncLifetime
{
    private const string StateName = "race";
    private const int Silos = 6;
    private string _connectionString = string.Empty;
    private AdoNetGrainStorage[] _silos = [];

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        _connectionString = await (await TestPostgres.Shared).CreateDatabaseAsync("cluster_race");
        await StorageSchema.ApplyAsync(_connectionString, CancellationToken.None);
        _silos = await Task.WhenAll(Enumerable.Range(0, Silos).Select(_ => AdoNetGrainStorageHarness.StartAsync(_connectionString)));
    }

    /// <inheritdoc />
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task ConcurrentFirstWrites_FromSeveralSilos_NeverMakeTwoRows()
    {
        var grains = Enumerable.Range(0, 20).Select(_ => GrainId.Create("race", Guid.NewGuid().ToString("N"))).ToArray();

        var outcomes = await Task.WhenAll(grains.SelectMany(grain => _silos.Select((silo, i) =>
            Record.ExceptionAsync(() => silo.WriteStateAsync(StateName, grain, new GrainState<RaceState> { State = new RaceState { Count = i } })))));

        Assert.Equal(grains.Length, outcomes.Count(o => o is null));
        Assert.All(outcomes.Where(o => o is not null), o => Assert.IsType<InconsistentStateException>(o));
        Assert.Equal(grains.Length, await CountRowsAsync());
    }

    [Fact]
    public async Task TwoStaleWrites_FromTwoSilos_ExactlyOneWins()
    {
        var grain = GrainId.Create("race", Guid.NewGuid().ToString("N"));
        var original = new GrainState<RaceState> { State = new RaceState { Count = 1 } };
        await _silos[0].WriteStateAsync(StateName, grain, original);

        // Both activations read version N and write N+1 at once.
        var first = new GrainState<RaceState> { State = new RaceState { Count = 10 }, ETag = original.ETag, RecordExists = true };
        var second = new GrainState<RaceState> { State = new RaceState { Count = 20 }, ETag = original.ETag, RecordExists = true };
        var outcomes = await Task.WhenAll(
            Record.ExceptionAsync(() => _silos[1].WriteStateAsync(StateName, grain, first)),
            Record.ExceptionAsync(() => _silos[2].WriteStateAsync(StateName, grain, second)));

        Assert.Single(outcomes, o => o is null);
        Assert.IsType<InconsistentStateException>(Assert.Single(outcomes, o => o is not null));
        var stored = new GrainState<RaceState>();
        await _silos[3].ReadStateAsync(StateName, grain, stored);
        Assert.Equal(outcomes[0] is null ? 10 : 20, stored.State?.Count);
    }

    private async Task<long> CountRowsAsync()
    {
        await using var connection = new NpgsqlConnection(_connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM grain_state WHERE grain_type = @name", connection);
        command.Parameters.AddWithValue("name", StateName);
        return (long)(await command.ExecuteScalarAsync())!;
    }

    /// <summary>The raced state.</summary>
    public sealed class RaceState
    {
        /// <summary>Which writer wrote it.</summary>
        public int Count { get; set; }
    }
}
