namespace Platform.Silo.Security;

/// <summary>
/// Per-tenant data keys in PostgreSQL (<c>tenant_data_keys</c>), each wrapped by the
/// <see cref="KeyEncryptionKey"/>, unwrapped once per process and then served from memory.
/// </summary>
/// <remarks>
/// A tenant's first key is created on first use. Every silo may try at once: each inserts its
/// own candidate with <c>ON CONFLICT DO NOTHING</c> and then uses whatever row is stored, so
/// all agree on one key. A silo keeps writing with the version it loaded until it reloads
/// the ring, which happens when it reads a payload under a version it does not know yet or
/// after <see cref="RotateAsync"/> on this silo; a rotation across a cluster therefore takes
/// effect on other silos at their next restart, and old versions always stay readable.
/// </remarks>
public sealed class TenantKeyStore : ITenantKeyStore
{
    private readonly ConcurrentDictionary<string, TenantKeyRing> rings = new(StringComparer.Ordinal);
    private readonly TenantKeyTable table;
    private readonly KeyEncryptionKey masterKey;
    private readonly ILogger<TenantKeyStore> logger;

    /// <summary>Creates the store over the database holding <c>tenant_data_keys</c>.</summary>
    public TenantKeyStore(string connectionString, KeyEncryptionKey masterKey, ILogger<TenantKeyStore> logger)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        table = new TenantKeyTable(connectionString);
        this.masterKey = masterKey;
        this.logger = logger;
    }

    /// <inheritdoc/>
    public TenantDataKey GetCurrent(string tenantCode)
    {
        TenantKeyRing.ValidateTenantCode(tenantCode);
        if (rings.TryGetValue(tenantCode, out var ring))
        {
            return ring.Current;
        }

        var rows = table.Read(tenantCode);
        if (rows.Count == 0)
        {
            var (version, wrapped) = NewWrappedKey(tenantCode, 1);
            LogCreated(tenantCode, version, table.TryInsert(tenantCode, version, wrapped));
            rows = table.Read(tenantCode);
        }

        return Cache(tenantCode, rows).Current;
    }

    /// <inheritdoc/>
    public async Task<TenantDataKey> GetCurrentAsync(string tenantCode, CancellationToken ct = default)
    {
        TenantKeyRing.ValidateTenantCode(tenantCode);
        if (rings.TryGetValue(tenantCode, out var ring))
        {
            return ring.Current;
        }

        var rows = await table.ReadAsync(tenantCode, ct);
        if (rows.Count == 0)
        {
            var (version, wrapped) = NewWrappedKey(tenantCode, 1);
            LogCreated(tenantCode, version, await table.TryInsertAsync(tenantCode, version, wrapped, ct));
            rows = await table.ReadAsync(tenantCode, ct);
        }

        return Cache(tenantCode, rows).Current;
    }

    /// <inheritdoc/>
    public TenantDataKey Get(string tenantCode, int version)
    {
        TenantKeyRing.ValidateTenantCode(tenantCode);
        if (rings.TryGetValue(tenantCode, out var ring) && ring.Find(version) is { } cached)
        {
            return cached;
        }

        // Written under a version this silo has not loaded: another silo rotated since.
        var rows = table.Read(tenantCode);
        return rows.Count > 0 && Cache(tenantCode, rows).Find(version) is { } loaded
            ? loaded
            : throw TenantKeyRing.Missing(tenantCode, version);
    }

    /// <inheritdoc/>
    public async Task<TenantDataKey> RotateAsync(string tenantCode, CancellationToken ct = default)
    {
        var current = await GetCurrentAsync(tenantCode, ct);
        var (version, wrapped) = NewWrappedKey(tenantCode, current.Version + 1);
        LogCreated(tenantCode, version, await table.TryInsertAsync(tenantCode, version, wrapped, ct));
        return Cache(tenantCode, await table.ReadAsync(tenantCode, ct)).Current;
    }

    private (int Version, byte[] Wrapped) NewWrappedKey(string tenantCode, int version)
    {
        var material = RandomNumberGenerator.GetBytes(TenantDataKey.Size);
        try
        {
            return (version, masterKey.Wrap(tenantCode, version, material));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(material);
        }
    }

    private TenantKeyRing Cache(string tenantCode, List<(int Version, byte[] Wrapped)> rows)
    {
        var ring = new TenantKeyRing(rows.Select(row => new TenantDataKey(tenantCode, row.Version, masterKey.Unwrap(tenantCode, row.Version, row.Wrapped))));

        // A slower loader must not replace a ring that already knows a newer version.
        return rings.AddOrUpdate(tenantCode, ring, (_, existing) => existing.Current.Version > ring.Current.Version ? existing : ring);
    }

    private void LogCreated(string tenantCode, int version, bool inserted)
    {
        if (inserted)
        {
            logger.LogInformation("Created data key version {Version} for tenant {TenantCode}", version, tenantCode);
        }
    }
}
