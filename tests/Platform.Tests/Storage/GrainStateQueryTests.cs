namespace Platform.Tests.Storage;

/// <summary>
/// The stored grain-storage queries, run with the provider's parameters, against the
/// outcomes <c>AdoNetGrainStorage</c> relies on.
/// </summary>
public sealed class GrainStateQueryTests : IAsyncLifetime
{
    private static readonly byte[] First = [1, 2, 3];
    private static readonly byte[] Second = [4, 5, 6];

    private string connectionString = string.Empty;
    private GrainStateQueries queries = null!;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        var postgres = await TestPostgres.Shared;
        connectionString = await postgres.CreateDatabaseAsync("grainstate");
        await StorageSchema.ApplyAsync(connectionString, CancellationToken.None);
        queries = await GrainStateQueries.LoadAsync(connectionString);
    }

    /// <inheritdoc/>
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Write_ThenRead_ReturnsThePayloadAndVersion()
    {
        var row = GrainRow.NewIntegerKey();

        Assert.Equal("1", await queries.WriteAsync(row, version: null, First));
        Assert.Equal("2", await queries.WriteAsync(row, version: 1, Second));

        await AssertStoredAsync(row, Second, 2);
    }

    [Fact]
    public async Task Read_WhenNothingWasWritten_ReturnsNoRow()
    {
        Assert.Null(await queries.ReadAsync(GrainRow.NewIntegerKey()));
    }

    [Fact]
    public async Task Write_WhenTwoActivationsWriteFirstAtOnce_ExactlyOneWins()
    {
        var row = GrainRow.NewIntegerKey();

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(() => queries.WriteAsync(row, version: null, First))));

        Assert.Single(answers, answer => answer == "1");
        Assert.Equal(7, answers.Count(answer => GrainStateQueries.IsVersionConflict(answer, grainVersion: null)));
        Assert.Equal(1L, await CountRowsAsync(row));
    }

    [Fact]
    public async Task Write_WhenTheFirstWriterHasNotCommittedYet_TheSecondConflictsOnceItDoes()
    {
        var row = GrainRow.NewIntegerKey();

        // Hold the first insert open in a transaction so the second one really overlaps it:
        // the unique index makes the second wait, then skip the row.
        await using var first = new NpgsqlConnection(connectionString);
        await first.OpenAsync();
        await using var transaction = await first.BeginTransactionAsync();
        await using (var command = queries.CreateCommand(first, "WriteToStorageKey", row, version: null, First, transaction))
        {
            Assert.Equal(1, await command.ExecuteScalarAsync());
        }

        var second = queries.WriteAsync(row, version: null, Second);
        await Task.Delay(200);
        Assert.False(second.IsCompleted, "The second first-write should wait on the unique index.");
        await transaction.CommitAsync();

        Assert.True(GrainStateQueries.IsVersionConflict(await second, grainVersion: null));
        await AssertStoredAsync(row, First, 1);
    }

    [Fact]
    public async Task Write_WhenTheVersionIsStale_IsRejected()
    {
        var row = GrainRow.NewIntegerKey();
        await queries.WriteAsync(row, version: null, First);
        await queries.WriteAsync(row, version: 1, First);

        var stale = await queries.WriteAsync(row, version: 1, Second);

        Assert.True(GrainStateQueries.IsVersionConflict(stale, grainVersion: 1));
        await AssertStoredAsync(row, First, 2);
    }

    [Fact]
    public async Task Write_WithoutAVersionOverAnExistingRow_IsRejected()
    {
        var row = GrainRow.NewIntegerKey(extension: "tenant-a");
        await queries.WriteAsync(row, version: null, First);

        Assert.True(GrainStateQueries.IsVersionConflict(await queries.WriteAsync(row, version: null, Second), grainVersion: null));
    }

    [Fact]
    public async Task Write_ForAnotherExtensionServiceOrStateName_IsASeparateRow()
    {
        var row = GrainRow.NewIntegerKey();
        await queries.WriteAsync(row, version: null, First);

        Assert.Equal("1", await queries.WriteAsync(row with { Extension = "x" }, version: null, Second));
        Assert.Equal("1", await queries.WriteAsync(row with { ServiceId = "other-service" }, version: null, Second));
        Assert.Equal("1", await queries.WriteAsync(row with { GrainType = "other-state" }, version: null, Second));
        await AssertStoredAsync(row, First, 1);
    }

    [Fact]
    public async Task Clear_KeepsTheRowWithoutPayloadAndBumpsTheVersion()
    {
        var row = GrainRow.NewIntegerKey();
        await queries.WriteAsync(row, version: null, First);

        Assert.Equal("2", await queries.ClearAsync(row, version: 1));
        await AssertStoredAsync(row, null, 2);
        Assert.True(GrainStateQueries.IsVersionConflict(await queries.WriteAsync(row, version: 1, Second), grainVersion: 1));
        Assert.Equal("3", await queries.WriteAsync(row, version: 2, Second));
    }

    [Fact]
    public async Task Clear_WhenTheVersionIsStale_IsRejected()
    {
        var row = GrainRow.NewIntegerKey();
        await queries.WriteAsync(row, version: null, First);
        await queries.WriteAsync(row, version: 1, First);

        Assert.True(GrainStateQueries.IsVersionConflict(await queries.ClearAsync(row, version: 1), grainVersion: 1));
        await AssertStoredAsync(row, First, 2);
    }

    [Fact]
    public async Task Delete_RemovesTheRowAndAnswersTheNextVersion()
    {
        var row = GrainRow.NewIntegerKey();
        await queries.WriteAsync(row, version: null, First);

        Assert.True(GrainStateQueries.IsVersionConflict(await queries.DeleteAsync(row, version: 7), grainVersion: 7));
        Assert.Equal("2", await queries.DeleteAsync(row, version: 1));
        Assert.Null(await queries.ReadAsync(row));
        Assert.Equal("1", await queries.DeleteAsync(row, version: null));
    }

    private async Task AssertStoredAsync(GrainRow row, byte[]? payload, int version)
    {
        var stored = await queries.ReadAsync(row);
        Assert.NotNull(stored);
        Assert.Equal(payload, stored.Value.Payload);
        Assert.Equal(version, stored.Value.Version);
    }

    private async Task<long> CountRowsAsync(GrainRow row)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT count(*) FROM grain_state WHERE grain_id_hash = @hash AND grain_id_n1 = @n1", connection);
        command.Parameters.AddWithValue("hash", row.GrainIdHash);
        command.Parameters.AddWithValue("n1", row.GrainIdN1);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
