namespace Platform.Silo.Security;

/// <summary>
/// Data keys that live only as long as the process: for <c>--in-memory</c> runs, where grain
/// state is not persisted either, so the blind index still works without a database.
/// </summary>
public sealed class InMemoryTenantKeyStore : ITenantKeyStore
{
    private readonly ConcurrentDictionary<string, TenantKeyRing> rings = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public TenantDataKey GetCurrent(string tenantCode)
    {
        TenantKeyRing.ValidateTenantCode(tenantCode);
        return rings.GetOrAdd(tenantCode, t => new TenantKeyRing([NewKey(t, 1)])).Current;
    }

    /// <inheritdoc/>
    public Task<TenantDataKey> GetCurrentAsync(string tenantCode, CancellationToken ct = default) =>
        Task.FromResult(GetCurrent(tenantCode));

    /// <inheritdoc/>
    public TenantDataKey Get(string tenantCode, int version)
    {
        TenantKeyRing.ValidateTenantCode(tenantCode);
        return rings.TryGetValue(tenantCode, out var ring) && ring.Find(version) is { } key
            ? key
            : throw TenantKeyRing.Missing(tenantCode, version);
    }

    /// <inheritdoc/>
    public Task<TenantDataKey> RotateAsync(string tenantCode, CancellationToken ct = default)
    {
        GetCurrent(tenantCode);
        var ring = rings.AddOrUpdate(
            tenantCode,
            t => new TenantKeyRing([NewKey(t, 1)]),
            (t, old) => new TenantKeyRing([.. Enumerable.Range(1, old.Current.Version).Select(v => old.Find(v)!), NewKey(t, old.Current.Version + 1)]));
        return Task.FromResult(ring.Current);
    }

    private static TenantDataKey NewKey(string tenantCode, int version) =>
        new(tenantCode, version, RandomNumberGenerator.GetBytes(TenantDataKey.Size));
}
