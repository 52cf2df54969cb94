using System.Security.Cryptography;

namespace Platform.Tests.Audit;

/// <summary>Fresh databases on the shared test server with the platform schema applied, and SQL helpers.</summary>
internal static class AuditDatabase
{
    private static readonly byte[] MasterKeyBytes = RandomNumberGenerator.GetBytes(KeyEncryptionKey.Size);

    /// <summary>A file holding the master key the audit tests run under (base64), for <c>audit verify --master-key-file</c>.</summary>
    public static string MasterKeyFile { get; } = WriteMasterKeyFile();

    /// <summary>The audit chain key derived from that master key, as the platform derives it.</summary>
    public static AuditChainKey Key { get; } = AuditChainKey.From(KeyEncryptionKey.FromBytes(MasterKeyBytes, "audit tests"));

    /// <summary>Creates a database, applies every schema script and returns its superuser connection string.</summary>
    public static async Task<string> CreateAsync()
    {
        var postgres = await TestPostgres.Shared;
        var database = await postgres.CreateDatabaseAsync("audit");
        await StorageSchema.ApplyAsync(database, CancellationToken.None);
        return database;
    }

    private static string WriteMasterKeyFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"platform-audit-tests-{Guid.NewGuid():N}.key");
        File.WriteAllText(path, Convert.ToBase64String(MasterKeyBytes));
        return path;
    }

    /// <summary>Runs <paramref name="sql"/> with positional parameters ($1, $2, ...).</summary>
    public static async Task ExecuteAsync(string connectionString, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in parameters)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Runs <paramref name="sql"/> and returns the first column of the first row.</summary>
    public static async Task<object?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await command.ExecuteScalarAsync();
    }

    /// <summary>
    /// Changes rows as a superuser could by hand: with the append-only trigger switched off for
    /// the length of one transaction, which is exactly what the hash chain is there to expose.
    /// </summary>
    public static async Task TamperAsync(string connectionString, string sql, params object[] parameters)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await using (var off = new NpgsqlCommand("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only", connection, transaction))
        {
            await off.ExecuteNonQueryAsync();
        }

        await using (var change = new NpgsqlCommand(sql, connection, transaction))
        {
            foreach (var value in parameters)
            {
                change.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            Assert.Equal(1, await change.ExecuteNonQueryAsync());
        }

        await using (var on = new NpgsqlCommand("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only", connection, transaction))
        {
            await on.ExecuteNonQueryAsync();
        }

        await transaction.CommitAsync();
    }
}
