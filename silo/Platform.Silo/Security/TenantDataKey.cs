namespace Platform.Silo.Security;

/// <summary>
/// One version of one tenant's data key, unwrapped, as held in memory. The key material stays
/// inside this assembly and never appears in a string.
/// </summary>
public sealed class TenantDataKey
{
    /// <summary>The key length in bytes (AES-256).</summary>
    public const int Size = 32;

    internal TenantDataKey(string tenantCode, int version, byte[] material)
    {
        TenantCode = tenantCode;
        Version = version;
        Material = material;
    }

    /// <summary>The owning tenant.</summary>
    public string TenantCode { get; }

    /// <summary>The key version; new writes use a tenant's highest.</summary>
    public int Version { get; }

    /// <summary>The 32 key bytes.</summary>
    internal byte[] Material { get; }

    /// <summary>Names the key, never its bytes.</summary>
    public override string ToString() => $"TenantDataKey({TenantCode}, v{Version})";
}
