namespace Platform.Silo.Security;

/// <summary>
/// Proves that this silo holds the cluster's master key by unwrapping one stored tenant data
/// key (the oldest), at start (logged) and in the readiness check (a silo whose key does not
/// unwrap is not ready). A silo with a key of its own would otherwise look healthy while no
/// tenant's data is readable to it, and while every tenant it is first to touch gets a data
/// key that no other silo can read.
/// </summary>
/// <remarks>
/// Once a key has unwrapped, the answer is kept: the master key of a running process does not
/// change. While no tenant has a key yet there is nothing to prove and nothing to refuse; an
/// unreachable database is the readiness check's own "database" finding, not this one's.
/// </remarks>
public sealed class KeyUnwrapCheck(PlatformConnection connection, IServiceProvider services, ILogger<KeyUnwrapCheck> logger) : IHostedService
{
    // A probe that waits longer than the orchestrator's own timeout helps nobody.
    private const int TimeoutSeconds = 2;

    private const string OldestKeySql =
        "SELECT tenant_code, version, wrapped_key FROM tenant_data_keys ORDER BY created_at, tenant_code, version LIMIT 1";

    // Read on first use: the database is opened as the host starts, after this service is created.
    private readonly Lazy<string?> _connectionString = new(() => connection.ConnectionString is null
        ? null
        : new NpgsqlConnectionStringBuilder(connection.ConnectionString)
        {
            Timeout = TimeoutSeconds,
            CommandTimeout = TimeoutSeconds,
            ApplicationName = "platform-master-key-check",
        }.ConnectionString);

    private volatile bool _verified;

    /// <summary>
    /// Null when nothing is wrong (verified, no key stored yet, or an in-memory run); otherwise
    /// why this silo must not serve. The text names the key's source, never the key.
    /// </summary>
    public async Task<string?> ProblemAsync(CancellationToken ct)
    {
        if (_verified || _connectionString.Value is null)
        {
            return null;
        }

        var masterKey = services.GetRequiredService<KeyEncryptionKey>();
        (string Tenant, int Version, byte[] Wrapped)? oldest;
        try
        {
            oldest = await ReadOldestAsync(ct);
        }
        catch (Exception ex) when (ex is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            return null;
        }

        if (oldest is not { } row)
        {
            return null;
        }

        try
        {
            CryptographicOperations.ZeroMemory(masterKey.Unwrap(row.Tenant, row.Version, row.Wrapped));
            _verified = true;
            return null;
        }
        catch (CryptographicException)
        {
            return $"The master key from {masterKey.Source} does not unwrap the stored tenant data keys: it is not the key they were wrapped with. " +
                $"Give every silo the cluster's master key ({KeyEncryptionKey.KeySetting} or {KeyEncryptionKey.FileSetting}, in Kubernetes the secret key Security__MasterKey).";
        }
    }

    /// <summary>Checks once at start and logs the outcome; a failure leaves the silo not ready, it does not stop it.</summary>
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (await ProblemAsync(cancellationToken) is { } problem)
        {
            logger.LogCritical("Not ready: {Problem}", problem);
        }
        else if (_verified)
        {
            logger.LogInformation("The master key unwraps the stored tenant data keys");
        }
    }

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private async Task<(string, int, byte[])?> ReadOldestAsync(CancellationToken ct)
    {
        await using var db = new NpgsqlConnection(_connectionString.Value);
        await db.OpenAsync(ct);
        await using var command = new NpgsqlCommand(OldestKeySql, db);
        await using var reader = await command.ExecuteReaderAsync(ct);
        return await reader.ReadAsync(ct) ? (reader.GetString(0), reader.GetInt32(1), await reader.GetFieldValueAsync<byte[]>(2, ct)) : null;
    }
}
