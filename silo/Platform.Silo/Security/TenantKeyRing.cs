using System.Collections.Frozen;

namespace Platform.Silo.Security;

/// <summary>Every known version of one tenant's data key, as loaded at one moment.</summary>
internal sealed class TenantKeyRing
{
    private readonly FrozenDictionary<int, TenantDataKey> versions;

    public TenantKeyRing(IEnumerable<TenantDataKey> keys)
    {
        versions = keys.ToFrozenDictionary(k => k.Version);
        Current = versions.Count > 0 ? versions.Values.MaxBy(k => k.Version)! : throw new ArgumentException("A key ring needs at least one key.", nameof(keys));
    }

    public TenantDataKey Current { get; }

    public TenantDataKey? Find(int version) => versions.GetValueOrDefault(version);

    public static void ValidateTenantCode(string tenantCode)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantCode);
        if (tenantCode.Length > 64 || tenantCode.Any(char.IsControl))
        {
            throw new ArgumentException("A tenant code is at most 64 printable characters.", nameof(tenantCode));
        }
    }

    public static CryptographicException Missing(string tenantCode, int version) =>
        new($"Tenant {tenantCode} has no data key version {version}.");
}
