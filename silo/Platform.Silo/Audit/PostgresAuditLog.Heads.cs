using System.Collections.Immutable;

namespace Platform.Silo.Audit;

/// <summary>Reading a chain's tail, the chain heads and the roster.</summary>
public sealed partial class PostgresAuditLog
{
    private static async Task<(long Sequence, string Hash, AuditChainHead? Head, DateTimeOffset RecordedAt)> ReadTailAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string tenantCode, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(TailSql, connection, transaction);
        command.Parameters.Add(Text(tenantCode));
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var head = reader.IsDBNull(5)
            ? null
            : new AuditChainHead(tenantCode, reader.GetInt64(2), reader.GetString(3), reader.GetInt64(4), reader.GetString(5));
        var recordedAt = AuditRecordRules.ToStoredPrecision(reader.GetFieldValue<DateTimeOffset>(6));
        return (reader.GetInt64(0), reader.GetString(1), head, recordedAt);
    }

    // Takes the roster's lock (held to commit) and returns the roster with the tenant added, or
    // null when its first head must not be written (see AuditAppendPlan.JoinRoster).
    private async Task<AuditChainRoster?> JoinRosterAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string tenantCode, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT tenant_codes, mac, heads_exist FROM audit_chain_roster_lock()", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        await reader.ReadAsync(ct);
        var roster = reader.IsDBNull(1) ? null : new AuditChainRoster([.. reader.GetFieldValue<string[]>(0)], reader.GetString(1));
        return AuditAppendPlan.JoinRoster(key, tenantCode, roster, reader.GetBoolean(2));
    }

    private static async Task<List<AuditChainHead>> ReadHeadsAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, string? tenantCode, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(
            "SELECT tenant_code, last_sequence, head_hash, legacy_through, mac FROM audit_chain_head WHERE $1::text IS NULL OR tenant_code = $1",
            connection, transaction);
        command.Parameters.Add(Text(tenantCode));
        var heads = new List<AuditChainHead>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            heads.Add(new AuditChainHead(reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetInt64(3), reader.GetString(4)));
        }

        return heads;
    }

    private static async Task<AuditChainRoster?> ReadRosterAsync(
        NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand("SELECT tenant_codes, mac FROM audit_chain_roster WHERE id = 1", connection, transaction);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct)
            ? new AuditChainRoster(ImmutableArray.Create(reader.GetFieldValue<string[]>(0)), reader.GetString(1))
            : null;
    }
}
