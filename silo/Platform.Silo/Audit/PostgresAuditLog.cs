using System.Collections.Immutable;
using NpgsqlTypes;

namespace Platform.Silo.Audit;

/// <summary>
/// The audit log in PostgreSQL (<c>audit_log</c>, <c>Storage/Sql/010_audit.sql</c> and
/// <c>011_audit_keyed.sql</c>). Appends of a tenant go in groups, one transaction each:
/// <c>audit_chain_tail</c> locks the tenant's chain and returns its tail and head, each entry and
/// head is MACed here with the <see cref="AuditChainKey"/> (which the database never sees), and
/// one <c>audit_append_keyed</c> per entry, all sent in one round trip, stores them if they still
/// extend the chain. Reads and verification only SELECT. So the
/// connection needs no more than the <c>platform_app</c> role, and should have no more.
/// </summary>
public sealed partial class PostgresAuditLog : IAuditLog, IAsyncDisposable
{
    private const string TailSql =
        "SELECT tail_sequence, tail_hash, head_sequence, head_hash, legacy_through, head_mac, recorded_at FROM audit_chain_tail($1)";

    private const string AppendSql =
        "SELECT audit_append_keyed($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)";

    private const string Columns = """
        tenant_code, sequence, subject, actor_tenant_code, roles, action, object_type, object_id,
        purpose, outcome, occurred_at, recorded_at, prev_hash, hash, chain_version
        """;

    private readonly NpgsqlDataSource dataSource;
    private readonly AuditChainKey key;
    private readonly ConcurrentDictionary<string, ChainQueue> chains = new(StringComparer.Ordinal);

    /// <summary>A log on the database of <paramref name="connectionString"/>, whose schema is already applied.</summary>
    public PostgresAuditLog(string connectionString, AuditChainKey key)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        ArgumentNullException.ThrowIfNull(key);
        dataSource = NpgsqlDataSource.Create(connectionString);
        this.key = key;
    }

    /// <inheritdoc />
    /// <remarks>
    /// Appends of one tenant are group-committed (<see cref="AppendGroupAsync"/>): while one
    /// transaction extends the chain, the records that arrive wait and go together in the next.
    /// The task completes only when the transaction holding this record has committed.
    /// </remarks>
    public async Task AppendAsync(AuditRecord record, CancellationToken ct = default)
    {
        var stored = AuditRecordRules.Normalize(record);
        var chain = chains.GetOrAdd(stored.TenantCode, _ => new ChainQueue());
        var appended = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        bool startFlushing;
        lock (chain)
        {
            chain.Waiting.Add((stored, appended));
            startFlushing = !chain.Flushing;
            chain.Flushing = true;
        }

        if (startFlushing)
        {
            _ = Task.Run(() => FlushAsync(chain));
        }

        await appended.Task.WaitAsync(ct);
    }

    /// <inheritdoc />
    public async Task<long> CountAsync(string tenantCode, CancellationToken ct)
    {
        AuditLogArguments.CheckRead(tenantCode, null, 1);

        // The last sequence of the chain: one step down the primary key, not a count of rows.
        await using var command = dataSource.CreateCommand("SELECT coalesce(max(sequence), 0) FROM audit_log WHERE tenant_code = $1");
        command.Parameters.Add(Text(tenantCode));
        return (long)(await command.ExecuteScalarAsync(ct))!;
    }

    /// <inheritdoc />
    public async Task<AuditPage> ReadAsync(string tenantCode, long? afterSequence, int first, CancellationToken ct)
    {
        AuditLogArguments.CheckRead(tenantCode, afterSequence, first);

        // One more than asked for tells whether another page follows.
        await using var command = dataSource.CreateCommand(
            $"SELECT {Columns} FROM audit_log WHERE tenant_code = $1 AND sequence > $2 ORDER BY sequence LIMIT $3");
        command.Parameters.Add(Text(tenantCode));
        command.Parameters.Add(new NpgsqlParameter<long> { TypedValue = afterSequence ?? 0 });
        return await ReadPageAsync(command, first, ct);
    }

    // Runs a query that asks for first + 1 entries: the one more tells whether another page follows.
    private static async Task<AuditPage> ReadPageAsync(NpgsqlCommand command, int first, CancellationToken ct)
    {
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = first + 1 });
        var entries = ImmutableArray.CreateBuilder<AuditEntry>(first);
        var hasMore = false;
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            if (entries.Count == first)
            {
                hasMore = true;
                break;
            }

            entries.Add(ReadEntry(reader));
        }

        var page = entries.DrainToImmutable();
        return new AuditPage(page, hasMore, page.IsEmpty ? null : page[^1].Sequence);
    }

    private static NpgsqlParameter Instant(DateTimeOffset? value) =>
        new() { Value = value is { } at ? at.ToUniversalTime() : DBNull.Value, NpgsqlDbType = NpgsqlDbType.TimestampTz };

    /// <inheritdoc />
    public async Task<AuditVerification> VerifyAsync(string? tenantCode, CancellationToken ct)
    {
        if (tenantCode is not null)
        {
            AuditRecordRules.RequireTenantCode(tenantCode, nameof(tenantCode));
        }

        // One snapshot for heads, roster and entries, so appends meanwhile cannot look like a cut chain.
        await using var connection = await dataSource.OpenConnectionAsync(ct);
        await using var transaction = await connection.BeginTransactionAsync(System.Data.IsolationLevel.RepeatableRead, ct);
        var heads = await ReadHeadsAsync(connection, transaction, tenantCode, ct);
        var roster = await ReadRosterAsync(connection, transaction, ct);

        // One streamed pass in chain order; COLLATE "C" walks tenants in ordinal order, as the
        // in-memory log does, whatever the database's collation.
        await using var command = new NpgsqlCommand(tenantCode is null
            ? $"SELECT {Columns} FROM audit_log ORDER BY tenant_code COLLATE \"C\", sequence"
            : $"SELECT {Columns} FROM audit_log WHERE tenant_code = $1 ORDER BY sequence", connection, transaction);
        if (tenantCode is not null)
        {
            command.Parameters.Add(Text(tenantCode));
        }

        var verifier = new AuditChainVerifier(key, heads, roster, tenantCode);
        await using (var reader = await command.ExecuteReaderAsync(ct))
        {
            while (await reader.ReadAsync(ct))
            {
                verifier.Add(ReadEntry(reader));
            }
        }

        await transaction.CommitAsync(ct);
        return verifier.Result();
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    private static NpgsqlParameter Text(string? value) =>
        new() { Value = (object?)value ?? DBNull.Value, NpgsqlDbType = NpgsqlDbType.Text };

    private static AuditEntry ReadEntry(NpgsqlDataReader reader)
    {
        var record = new AuditRecord(
            Subject: reader.GetString(2),
            TenantCode: reader.GetString(0),
            ActorTenantCode: reader.GetString(3),
            Roles: reader.GetString(4),
            Action: reader.GetString(5),
            ObjectType: reader.GetString(6),
            ObjectId: reader.GetString(7),
            Purpose: reader.IsDBNull(8) ? null : reader.GetString(8),
            Outcome: ParseOutcome(reader.GetString(9)),
            At: reader.GetFieldValue<DateTimeOffset>(10));
        return new AuditEntry(record, reader.GetInt64(1), reader.GetString(13), reader.GetString(12), reader.GetFieldValue<DateTimeOffset>(11), reader.GetInt16(14));
    }

    // Exact names only (Enum.TryParse would also take "1" or "allowed"); a name this build
    // does not know reads as -1, whose text ("-1") then fails the hash check.
    private static AuditOutcome ParseOutcome(string text) =>
        Enum.GetValues<AuditOutcome>().FirstOrDefault(o => string.Equals(o.ToString(), text, StringComparison.Ordinal), (AuditOutcome)(-1));
}
