using Platform.Tenants.Activities;
using Platform.Tenants.PrefecturalSupport;
using Platform.Tenants.Satellites;
using Platform.Tenants.Security;

namespace Platform.Silo.Security;

/// <summary>
/// Seals, once, the rows of satellite, prefectural-support and activity-book state that earlier
/// versions stored in plain text, before they became tenant-owned: each is read with the
/// storage format, given its tenant (from the grain's key) and written back in place through the
/// <see cref="EncryptingGrainStorageSerializer"/>, so it loads as any other sealed row. Runs
/// before the silo starts (no grain holds such a row yet), in one transaction under an advisory
/// lock, and records itself as done, so other silos and later starts skip it. Rows of any other
/// state are never touched, and a row already sealed is left as it is.
/// </summary>
public sealed class PlainStateSealer(
    PlatformConnection connection,
    global::Orleans.Serialization.Serializer serializer,
    IServiceProvider services,
    TenantDirectory directory,
    ILogger<PlainStateSealer> logger) : IHostedLifecycleService
{
    /// <summary>The name this migration is recorded under in <c>platform_data_migration</c>.</summary>
    public const string Name = "seal-plain-support-state";

    /// <summary>Key of the transaction-scoped advisory lock ("SealPlai" in ASCII).</summary>
    public const long AdvisoryLockKey = 0x5365616C506C6169;

    /// <summary>The state names (grain_type) sealed, as the grains declare them.</summary>
    public static readonly string[] StateNames = ["satellite", "prefectural-support", "activity-book"];

    /// <inheritdoc />
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (connection.ConnectionString is { } connectionString)
        {
            await RunAsync(connectionString, cancellationToken);
        }
    }

    /// <summary>Seals the plain rows unless this database has had it done; returns how many rows were sealed.</summary>
    public async Task<int> RunAsync(string connectionString, CancellationToken ct)
    {
        await using var db = new NpgsqlConnection(connectionString);
        await db.OpenAsync(ct);
        await using var transaction = await db.BeginTransactionAsync(ct);
        await ExecuteAsync(db, transaction, $"SELECT pg_advisory_xact_lock({AdvisoryLockKey})", ct);
        // platform_data_migration is created by the schema (030_runtime_role.sql): the silo's login creates no table.
        await using (var done = new NpgsqlCommand("SELECT 1 FROM platform_data_migration WHERE name = @name", db, transaction))
        {
            done.Parameters.AddWithValue("name", Name);
            if (await done.ExecuteScalarAsync(ct) is not null)
            {
                await transaction.CommitAsync(ct);
                return 0;
            }
        }

        var plain = new List<(string Row, string StateName, string Key, byte[] Payload)>();
        await using (var select = new NpgsqlCommand(
            "SELECT ctid::text, grain_type, grain_id_extension, grain_id_n1, payload FROM grain_state WHERE grain_type = ANY(@names) AND payload IS NOT NULL FOR UPDATE",
            db, transaction))
        {
            select.Parameters.AddWithValue("names", StateNames);
            await using var reader = await select.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var payload = (byte[])reader[4];
                if (!EncryptedStateEnvelope.HasHeader(payload))
                {
                    var stateName = reader.GetString(1);
                    plain.Add((reader.GetString(0), stateName, KeyOf(stateName, reader.IsDBNull(2) ? null : reader.GetString(2), reader.GetInt64(3)), payload));
                }
            }
        }

        // The key store is resolved here, not in the constructor: it reads the database opened at start.
        var sealer = new EncryptingGrainStorageSerializer(new OrleansGrainStorageSerializer(serializer), services.GetRequiredService<ITenantKeyStore>());
        foreach (var (row, stateName, key, payload) in plain)
        {
            // The rows are locked (FOR UPDATE) and no silo runs grains yet: the row address holds.
            await using var update = new NpgsqlCommand("UPDATE grain_state SET payload = @payload, modified_at = now() WHERE ctid = @row::tid", db, transaction);
            update.Parameters.AddWithValue("payload", Seal(sealer, stateName, key, new BinaryData(payload)).ToArray());
            update.Parameters.AddWithValue("row", row);
            await update.ExecuteNonQueryAsync(ct);
        }

        await using (var record = new NpgsqlCommand("INSERT INTO platform_data_migration (name) VALUES (@name)", db, transaction))
        {
            record.Parameters.AddWithValue("name", Name);
            await record.ExecuteNonQueryAsync(ct);
        }

        await transaction.CommitAsync(ct);
        if (plain.Count > 0)
        {
            logger.LogInformation("Sealed {Count} plain-text rows of satellite, prefectural-support and activity-book state with their tenants' keys", plain.Count);
        }

        return plain.Count;
    }

    // The grain's string key. Orleans stores a string key that reads as a hexadecimal number (a
    // 2-digit prefecture code, a 6-digit LG code) as an integer key, without the string.
    private static string KeyOf(string stateName, string? extension, long integerKey) => extension ?? stateName switch
    {
        "prefectural-support" => integerKey.ToString("X2", System.Globalization.CultureInfo.InvariantCulture),
        _ => integerKey.ToString("X6", System.Globalization.CultureInfo.InvariantCulture),
    };

    // Read as stored, given the tenant its key names, and sealed with that tenant's key.
    private BinaryData Seal(EncryptingGrainStorageSerializer sealer, string stateName, string key, BinaryData plain)
    {
        var inner = sealer.Inner;
        return stateName switch
        {
            "satellite" => sealer.Serialize(Owned(inner.Deserialize<SatelliteState>(plain), key[..Math.Max(0, key.IndexOf('/'))], (s, t) => s.TenantCode = t)),
            "prefectural-support" => sealer.Serialize(Owned(inner.Deserialize<PrefecturalSupportState>(plain), directory.Prefecture(key)?.LgCode, (s, t) => s.TenantCode = t)),
            "activity-book" => sealer.Serialize(Owned(inner.Deserialize<ActivityBookState>(plain), key, (s, t) => s.TenantCode = t)),
            _ => throw new InvalidOperationException($"{stateName} is not sealed here."),
        };
    }

    private static T Owned<T>(T? state, string? tenantCode, Action<T, string> setTenant)
        where T : class, ITenantOwnedState
    {
        if (state is null || string.IsNullOrEmpty(tenantCode))
        {
            throw new InvalidOperationException($"A stored {typeof(T).Name} could not be read or names no tenant; nothing was sealed.");
        }

        setTenant(state, tenantCode);
        return state;
    }

    private static async Task ExecuteAsync(NpgsqlConnection db, NpgsqlTransaction transaction, string sql, CancellationToken ct)
    {
        await using var command = new NpgsqlCommand(sql, db, transaction);
        await command.ExecuteNonQueryAsync(ct);
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
