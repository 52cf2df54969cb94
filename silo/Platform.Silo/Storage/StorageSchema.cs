namespace Platform.Silo.Storage;

/// <summary>
/// Brings a PostgreSQL database up to the schema the silo needs: the tables and the
/// <c>OrleansQuery</c> texts read by the Orleans ADO.NET providers.
/// </summary>
/// <remarks>
/// The scripts are the embedded resources named <c>Sql.*.sql</c> (files in
/// <c>Storage/Sql/</c>), applied in ordinal name order, so a new script only needs a
/// higher number (<c>002_clustering.sql</c>, ...). Each applied script is recorded with a
/// checksum in <c>platform_schema_version</c>; a script is run again only when its text
/// changed, which is safe because every script is written to be idempotent.
/// </remarks>
public static class StorageSchema
{
    /// <summary>
    /// Key of the transaction-scoped advisory lock that serializes silos applying the
    /// schema at the same moment ("Platform" in ASCII).
    /// </summary>
    public const long AdvisoryLockKey = 0x506C6174666F726D;

    private const string ResourcePrefix = "Sql.";
    private const string ResourceSuffix = ".sql";

    /// <summary>
    /// The embedded script names (<c>001_grain_storage.sql</c>, ...) in the order they are applied.
    /// </summary>
    public static IReadOnlyList<string> ScriptNames { get; } = typeof(StorageSchema).Assembly
        .GetManifestResourceNames()
        .Where(name => name.StartsWith(ResourcePrefix, StringComparison.Ordinal)
            && name.EndsWith(ResourceSuffix, StringComparison.Ordinal))
        .Select(name => name[ResourcePrefix.Length..])
        .Order(StringComparer.Ordinal)
        .ToArray();

    /// <summary>
    /// Applies every script that is new or changed since it was last applied, in one
    /// transaction. Safe to call from several silos at once and on every start.
    /// </summary>
    /// <param name="connectionString">Npgsql connection string of the target database.</param>
    /// <param name="ct">Cancels the whole application; nothing is committed then.</param>
    public static async Task ApplyAsync(string connectionString, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(ct);

        // Taken before anything else, including the bookkeeping table: two silos running
        // CREATE TABLE IF NOT EXISTS concurrently can still collide on the catalog.
        await ExecuteAsync(connection, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", ct);
        await ExecuteAsync(connection, transaction, """
            CREATE TABLE IF NOT EXISTS platform_schema_version (
                script     text        NOT NULL PRIMARY KEY,
                checksum   text        NOT NULL,
                applied_at timestamptz NOT NULL DEFAULT now()
            )
            """, ct);

        var applied = await ReadAppliedAsync(connection, transaction, ct);
        foreach (var script in ScriptNames)
        {
            var text = ReadScript(script);
            var checksum = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
            if (applied.TryGetValue(script, out var known) && known == checksum)
            {
                continue;
            }

            await ExecuteAsync(connection, transaction, text, ct);
            await RecordAsync(connection, transaction, script, checksum, ct);
        }

        await transaction.CommitAsync(ct);
    }

    /// <summary>Reads the text of one embedded script.</summary>
    /// <param name="scriptName">A name from <see cref="ScriptNames"/>, e.g. <c>001_grain_storage.sql</c>.</param>
    public static string ReadScript(string scriptName)
    {
        using var stream = typeof(StorageSchema).Assembly.GetManifestResourceStream(ResourcePrefix + scriptName)
            ?? throw new ArgumentException($"No embedded schema script named '{scriptName}'.", nameof(scriptName));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }

    private static async Task<Dictionary<string, string>> ReadAppliedAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        var applied = new Dictionary<string, string>(StringComparer.Ordinal);
        await using var command = new NpgsqlCommand("SELECT script, checksum FROM platform_schema_version", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            applied[reader.GetString(0)] = reader.GetString(1);
        }

        return applied;
    }

    private static async Task RecordAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string script, string checksum, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("""
            INSERT INTO platform_schema_version (script, checksum) VALUES (@script, @checksum)
            ON CONFLICT (script) DO UPDATE SET checksum = EXCLUDED.checksum, applied_at = now()
            """, connection, transaction);
        command.Parameters.AddWithValue("script", script);
        command.Parameters.AddWithValue("checksum", checksum);
        await command.ExecuteNonQueryAsync(ct);
    }

    private static async Task ExecuteAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync(ct);
    }
}
