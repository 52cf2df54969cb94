namespace Platform.Tests.Storage;

/// <summary>Applying the embedded schema scripts to a fresh database.</summary>
public sealed class StorageSchemaTests : IAsyncLifetime
{
    private string connectionString = string.Empty;

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        var postgres = await TestPostgres.Shared;
        connectionString = await postgres.CreateDatabaseAsync("schema");
    }

    /// <inheritdoc/>
    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Apply_OnAnEmptyDatabase_RegistersTheGrainStorageQueries()
    {
        await StorageSchema.ApplyAsync(connectionString, CancellationToken.None);

        var keys = await QueryStringsAsync("SELECT querykey FROM orleansquery");
        Assert.Superset(new HashSet<string> { "ReadFromStorageKey", "WriteToStorageKey", "ClearStorageKey", "DeleteStorageKey" }, keys.ToHashSet());
        Assert.Equal(StorageSchema.ScriptNames, await QueryStringsAsync("SELECT script FROM platform_schema_version ORDER BY script"));
    }

    [Fact]
    public async Task Apply_WhenRunTwice_IsANoOp()
    {
        await StorageSchema.ApplyAsync(connectionString, CancellationToken.None);
        var before = await SnapshotAsync();

        await StorageSchema.ApplyAsync(connectionString, CancellationToken.None);

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Script_WhenExecutedAgain_ChangesNothing()
    {
        await StorageSchema.ApplyAsync(connectionString, CancellationToken.None);
        var before = await SnapshotAsync();

        // Bypass the checksum bookkeeping: the scripts themselves must be idempotent,
        // because a changed script is run again over its own earlier result.
        foreach (var script in StorageSchema.ScriptNames)
        {
            await ExecuteAsync(StorageSchema.ReadScript(script));
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Apply_WhenAScriptChanged_RunsItAgain()
    {
        await StorageSchema.ApplyAsync(connectionString, CancellationToken.None);
        await ExecuteAsync("UPDATE platform_schema_version SET checksum = 'older'; UPDATE orleansquery SET querytext = 'stale'");

        await StorageSchema.ApplyAsync(connectionString, CancellationToken.None);

        Assert.DoesNotContain("older", await QueryStringsAsync("SELECT checksum FROM platform_schema_version"));
        Assert.DoesNotContain("stale", await QueryStringsAsync("SELECT querytext FROM orleansquery"));
    }

    [Fact]
    public async Task Apply_WhenSilosStartTogether_AppliesEachScriptOnce()
    {
        var silos = Enumerable.Range(0, 4).Select(_ => Task.Run(() => StorageSchema.ApplyAsync(connectionString, CancellationToken.None)));

        await Task.WhenAll(silos);

        Assert.Equal(StorageSchema.ScriptNames, await QueryStringsAsync("SELECT script FROM platform_schema_version ORDER BY script"));
    }

    /// <summary>
    /// What a re-run could change: bookkeeping rows and their timestamps, query texts and
    /// the transaction that last wrote each row (xmin), and the table and index list.
    /// </summary>
    private async Task<string> SnapshotAsync() => string.Join(Environment.NewLine, await QueryStringsAsync("""
        SELECT 'version ' || script || ' ' || checksum || ' ' || applied_at || ' ' || xmin FROM platform_schema_version
        UNION ALL SELECT 'query ' || querykey || ' ' || md5(querytext) || ' ' || xmin FROM orleansquery
        UNION ALL SELECT 'relation ' || relname || ' ' || relkind::text || ' ' || xmin FROM pg_class
                   WHERE relnamespace = 'public'::regnamespace
        ORDER BY 1
        """));

    private async Task<List<string>> QueryStringsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var values = new List<string>();
        while (await reader.ReadAsync())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
