namespace Platform.Silo.Security;

/// <summary>
/// The SQL of <c>tenant_data_keys</c> (script 020), synchronous and asynchronous: the storage
/// serializer can only block, everything else should await.
/// </summary>
internal sealed class TenantKeyTable(string connectionString)
{
    private const string SelectSql = "SELECT version, wrapped_key FROM tenant_data_keys WHERE tenant_code = @tenant ORDER BY version";

    // The primary key lets one of two racing silos in; the loser inserts nothing and reads
    // back the winner's row.
    private const string InsertSql = """
        INSERT INTO tenant_data_keys (tenant_code, version, wrapped_key) VALUES (@tenant, @version, @wrapped)
        ON CONFLICT (tenant_code, version) DO NOTHING
        """;

    public List<(int Version, byte[] Wrapped)> Read(string tenantCode)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = Select(connection, tenantCode);
        using var reader = command.ExecuteReader();
        var rows = new List<(int, byte[])>();
        while (reader.Read())
        {
            rows.Add((reader.GetInt32(0), reader.GetFieldValue<byte[]>(1)));
        }

        return rows;
    }

    public async Task<List<(int Version, byte[] Wrapped)>> ReadAsync(string tenantCode, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = Select(connection, tenantCode);
        await using var reader = await command.ExecuteReaderAsync(ct);
        var rows = new List<(int, byte[])>();
        while (await reader.ReadAsync(ct))
        {
            rows.Add((reader.GetInt32(0), await reader.GetFieldValueAsync<byte[]>(1, ct)));
        }

        return rows;
    }

    public bool TryInsert(string tenantCode, int version, byte[] wrapped)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = Insert(connection, tenantCode, version, wrapped);
        return command.ExecuteNonQuery() == 1;
    }

    public async Task<bool> TryInsertAsync(string tenantCode, int version, byte[] wrapped, CancellationToken ct)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(ct);
        await using var command = Insert(connection, tenantCode, version, wrapped);
        return await command.ExecuteNonQueryAsync(ct) == 1;
    }

    private static NpgsqlCommand Select(NpgsqlConnection connection, string tenantCode)
    {
        var command = new NpgsqlCommand(SelectSql, connection);
        command.Parameters.AddWithValue("tenant", tenantCode);
        return command;
    }

    private static NpgsqlCommand Insert(NpgsqlConnection connection, string tenantCode, int version, byte[] wrapped)
    {
        var command = new NpgsqlCommand(InsertSql, connection);
        command.Parameters.AddWithValue("tenant", tenantCode);
        command.Parameters.AddWithValue("version", version);
        command.Parameters.AddWithValue("wrapped", wrapped);
        return command;
    }
}
