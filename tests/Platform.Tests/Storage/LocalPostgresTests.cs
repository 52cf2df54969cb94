namespace Platform.Tests.Storage;

/// <summary>Starting, stopping and restarting the local PostgreSQL server on one data folder.</summary>
public sealed class LocalPostgresTests : IDisposable
{
    private readonly string folder = TestPostgres.CreateTemporaryFolder();

    /// <summary>Makes sure a server left running by a failed test goes away with the test run.</summary>
    public LocalPostgresTests() => TestPostgresWatchdog.Watch(folder);

    /// <inheritdoc/>
    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Start_AfterAStop_ReusesTheClusterAndItsData()
    {
        var first = await LocalPostgres.StartAsync(folder, NullLogger.Instance, CancellationToken.None);
        await ExecuteAsync(first.ConnectionString, "CREATE TABLE survivor (id int); INSERT INTO survivor VALUES (42)");
        await first.StopAsync();

        await using var second = await LocalPostgres.StartAsync(folder, NullLogger.Instance, CancellationToken.None);

        Assert.Equal(42, await ExecuteAsync(second.ConnectionString, "SELECT id FROM survivor"));
        Assert.Equal(LocalPostgres.DatabaseName, new NpgsqlConnectionStringBuilder(second.ConnectionString).Database);
        Assert.Equal(Path.GetFullPath(folder), second.DataDirectory);
    }

    [Fact]
    public async Task Start_KeepsThePasswordInAFileOnlyItsOwnerCanRead()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        await using var server = await LocalPostgres.StartAsync(folder, NullLogger.Instance, CancellationToken.None);

        var passwordFile = Path.Combine(folder, "platform-db-password");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(passwordFile));
        Assert.Equal(File.ReadAllText(passwordFile).Trim(), new NpgsqlConnectionStringBuilder(server.ConnectionString).Password);
    }

    [Fact]
    public async Task Start_WhenAServerIsStillRunningOnTheFolder_ReusesItsPort()
    {
        // A silo killed without stopping its server leaves the postmaster running.
        var orphaned = await LocalPostgres.StartAsync(folder, NullLogger.Instance, CancellationToken.None);

        await using var next = await LocalPostgres.StartAsync(folder, NullLogger.Instance, CancellationToken.None);

        Assert.Equal(orphaned.Port, next.Port);
        Assert.Equal(1, await ExecuteAsync(next.ConnectionString, "SELECT 1"));
    }

    [Fact]
    public async Task Start_WhenTwoSilosStartOnOneFolderAtOnce_BothUseOneServer()
    {
        var starts = Enumerable.Range(0, 2)
            .Select(_ => Task.Run(() => LocalPostgres.StartAsync(folder, NullLogger.Instance, CancellationToken.None)))
            .ToArray();

        var servers = await Task.WhenAll(starts);

        Assert.Equal(servers[0].Port, servers[1].Port);
        Assert.Equal(servers[0].ConnectionString, servers[1].ConnectionString);
        await servers[0].StopAsync();
        await servers[1].StopAsync();
    }

    [Fact]
    public async Task Stop_WhenCalledTwice_IsQuiet()
    {
        var server = await LocalPostgres.StartAsync(folder, NullLogger.Instance, CancellationToken.None);

        await server.StopAsync();
        await server.StopAsync();
        await server.DisposeAsync();

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => ExecuteAsync(server.ConnectionString, "SELECT 1"));
    }

    private static async Task<object?> ExecuteAsync(string connectionString, string sql)
    {
        // No pooling: a pooled connection would outlive the server stopped by the test.
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        await using var connection = new NpgsqlConnection(builder.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }
}
