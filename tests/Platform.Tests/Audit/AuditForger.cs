namespace Platform.Tests.Audit;

/// <summary>
/// What a database owner can do to the audit log without the audit key: switch the trigger off,
/// change rows, and recompute hashes with the published (unkeyed) canonical function.
/// </summary>
internal static class AuditForger
{
    /// <summary>
    /// Changes the object id of entries <paramref name="fromSequence"/>..<paramref name="throughSequence"/>
    /// of <paramref name="tenant"/> and recomputes their hashes, and those of every later entry, with SHA-256,
    /// so that the chain is consistent again as far as anyone without the key can tell. With
    /// <paramref name="downgrade"/> the rows are also marked as written before chains were keyed.
    /// </summary>
    public static async Task RewriteAsync(string database, IAuditLog log, string tenant, long fromSequence, long throughSequence, bool downgrade)
    {
        var entries = (await log.ReadAsync(tenant, null, AuditPage.MaxPageSize, CancellationToken.None)).Entries;
        var previousHash = fromSequence == 1 ? AuditCanonicalText.GenesisHash : entries[(int)fromSequence - 2].Hash;
        var statements = new List<(string Sql, object[] Parameters)>();
        foreach (var entry in entries.Where(e => e.Sequence >= fromSequence))
        {
            var record = entry.Sequence <= throughSequence ? entry.Record with { ObjectId = "case-forged" } : entry.Record;
            var hash = AuditCanonicalText.Hash(previousHash, AuditCanonicalText.Of(record, entry.Sequence, entry.RecordedAt));
            statements.Add((
                $"UPDATE audit_log SET object_id = $1, prev_hash = $2, hash = $3{(downgrade ? ", chain_version = 1" : string.Empty)} WHERE tenant_code = $4 AND sequence = $5",
                [record.ObjectId, previousHash, hash, tenant, entry.Sequence]));
            previousHash = hash;
        }

        await AsOwnerAsync(database, statements.ToArray());
    }

    /// <summary>Runs <paramref name="statements"/> as the owner, with the append-only trigger off for one transaction.</summary>
    public static async Task AsOwnerAsync(string database, params (string Sql, object[] Parameters)[] statements)
    {
        await using var connection = new NpgsqlConnection(database);
        await connection.OpenAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        await Run("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only", []);
        foreach (var (sql, parameters) in statements)
        {
            await Run(sql, parameters);
        }

        await Run("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only", []);
        await transaction.CommitAsync();

        async Task Run(string sql, object[] parameters)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            foreach (var value in parameters)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }

            await command.ExecuteNonQueryAsync();
        }
    }
}
