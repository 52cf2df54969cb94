namespace Platform.Silo.Storage;

/// <summary>
/// Readiness and creation of the database named in a connection string, done through the
/// server's <c>postgres</c> maintenance database.
/// </summary>
internal static class PlatformDatabase
{
    private const string MaintenanceDatabase = "postgres";
    private static readonly TimeSpan ReadyTimeout = TimeSpan.FromSeconds(30);

    /// <summary>Waits (up to 30 s) until the server accepts a connection.</summary>
    public static async Task WaitUntilReadyAsync(string connectionString, ILogger logger, CancellationToken ct)
    {
        // pg_ctl --wait already waited for a server we started; a server we found running
        // may still be recovering, so probe until it answers.
        var probe = new NpgsqlConnectionStringBuilder(connectionString) { Database = MaintenanceDatabase, Pooling = false, Timeout = 5 };
        var deadline = DateTime.UtcNow + ReadyTimeout;
        while (true)
        {
            try
            {
                await using var connection = new NpgsqlConnection(probe.ConnectionString);
                await connection.OpenAsync(ct);
                return;
            }
            catch (Exception ex) when ((ex is NpgsqlException or TimeoutException) && DateTime.UtcNow < deadline)
            {
                logger.LogDebug("PostgreSQL on port {Port} not ready yet: {Reason}", probe.Port, ex.Message);
                await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
            }
        }
    }

    /// <summary>Creates the connection string's database unless it exists.</summary>
    public static async Task EnsureExistsAsync(string connectionString, ILogger logger, CancellationToken ct)
    {
        var target = new NpgsqlConnectionStringBuilder(connectionString);
        var name = target.Database ?? throw new ArgumentException("The connection string names no database.", nameof(connectionString));
        var maintenance = new NpgsqlConnectionStringBuilder(connectionString) { Database = MaintenanceDatabase, Pooling = false };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(ct);
        await using var exists = new NpgsqlCommand("SELECT 1 FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", name);
        if (await exists.ExecuteScalarAsync(ct) is not null)
        {
            return;
        }

        try
        {
            // Identifiers cannot be parameters; quote it as PostgreSQL does.
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
            logger.LogInformation("Created database {Database}", name);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another process created it between our check and our CREATE: fine.
        }
    }
}
