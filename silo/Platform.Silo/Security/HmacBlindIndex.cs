using Platform.Tenants.Security;

namespace Platform.Silo.Security;

/// <summary>
/// <see cref="IBlindIndex"/> as HMAC-SHA256 under a per-tenant index key. The index key is
/// derived (HKDF-SHA256) from the tenant's data key version 1, with the purpose and the tenant
/// code as context: it is separate from the encryption key, yet needs no key of its own.
/// </summary>
/// <remarks>
/// Version 1 rather than the current version, because data key versions are never removed
/// and rotating the data key must not change every stored index. Changing the index key
/// means recomputing the tenant's indexes, which is a later command.
/// </remarks>
public sealed class HmacBlindIndex(ITenantKeyStore keys) : IBlindIndex
{
    private const int IndexKeyVersion = 1;

    private readonly ConcurrentDictionary<string, byte[]> indexKeys = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public string Compute(string tenantCode, string normalizedValue)
    {
        ArgumentNullException.ThrowIfNull(normalizedValue);
        var indexKey = indexKeys.GetOrAdd(tenantCode, DeriveIndexKey);
        Span<byte> mac = stackalloc byte[HMACSHA256.HashSizeInBytes];
        HMACSHA256.HashData(indexKey, Encoding.UTF8.GetBytes(normalizedValue), mac);
        return Convert.ToHexStringLower(mac);
    }

    private byte[] DeriveIndexKey(string tenantCode)
    {
        // Makes sure the tenant has keys at all (a tenant's first search may precede its first write).
        keys.GetCurrent(tenantCode);
        var dataKey = keys.Get(tenantCode, IndexKeyVersion);
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, dataKey.Material, 32, salt: [], info: Encoding.UTF8.GetBytes($"platform/blind-index/v1\0{tenantCode}"));
    }
}
