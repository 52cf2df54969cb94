namespace Platform.Silo.Security;

/// <summary>
/// Per-tenant data keys: created on first use, versioned, and cached unwrapped in memory.
/// </summary>
/// <remarks>
/// The synchronous members exist because Orleans' <c>IGrainStorageSerializer</c> is
/// synchronous: on a cache miss they block on one short database round trip, once per tenant
/// and process. A grain that wants to avoid even that can await
/// <see cref="GetCurrentAsync"/> when it activates.
/// </remarks>
public interface ITenantKeyStore
{
    /// <summary>The key new writes use: the tenant's highest version, created if there is none.</summary>
    TenantDataKey GetCurrent(string tenantCode);

    /// <summary>The same as <see cref="GetCurrent"/>, without blocking a thread on a cache miss.</summary>
    Task<TenantDataKey> GetCurrentAsync(string tenantCode, CancellationToken ct = default);

    /// <summary>A given version, for reading what was written under it.</summary>
    /// <exception cref="System.Security.Cryptography.CryptographicException">The tenant has no such version.</exception>
    TenantDataKey Get(string tenantCode, int version);

    /// <summary>
    /// Adds the version after the one this process writes with and makes it current; older
    /// versions stay for reading. If another silo already added that version, this one adopts
    /// it, so rotations started from the same version at once add one version between them.
    /// </summary>
    Task<TenantDataKey> RotateAsync(string tenantCode, CancellationToken ct = default);
}
