namespace Platform.Tests.Security;

/// <summary>
/// A PostgreSQL server of the canary tests' own, so that every file under its folder (all table
/// files, the whole write-ahead log, the server log) can be scanned. It logs every statement
/// with its parameters, so whatever the platform sends the database, stored or not, reaches the
/// server log and is scanned there too.
/// </summary>
internal static class CanaryServer
{
    private static readonly Lazy<Task<TestPostgres>> Server = new(StartAsync);

    /// <summary>The server, started on first use (removed after the test process ends).</summary>
    public static Task<TestPostgres> Shared => Server.Value;

    /// <summary>
    /// Settings of the canary tests' platforms: recording every log level is slow, and the three
    /// tests start at once on a busy machine, so a connection may take longer than the default 3 s.
    /// </summary>
    public static IReadOnlyDictionary<string, string?> Settings { get; } = new Dictionary<string, string?> { ["Storage:PoolTimeoutSeconds"] = "30" };

    /// <summary>The server's folder: the cluster and its log.</summary>
    public static async Task<string> FolderAsync() => (await Shared).Server.DataDirectory;

    private static async Task<TestPostgres> StartAsync()
    {
        var postgres = new TestPostgres();
        await postgres.InitializeAsync();
        await using var connection = new NpgsqlConnection(postgres.ConnectionString);
        await connection.OpenAsync();
        foreach (var sql in new[] { "ALTER SYSTEM SET log_statement = 'all'", "ALTER SYSTEM SET log_parameter_max_length = -1", "SELECT pg_reload_conf()" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync();
        }

        return postgres;
    }
}
