using Platform.Tenants.Security;

namespace Platform.Silo.Security;

/// <summary>
/// Wraps the grain storage serializer the provider would otherwise use: state that implements
/// <see cref="ITenantOwnedState"/> is encrypted with its tenant's current data key
/// (<see cref="EncryptedStateEnvelope"/>), everything else passes through byte for byte.
/// </summary>
/// <remarks>
/// It fails closed: tenant-owned state without a tenant code is not written, tenant-owned
/// state found in plain text is not read, and an envelope that does not authenticate throws
/// instead of yielding garbage. The envelope binds the tenant, not the grain: the owning grain
/// checks that the state it loaded is its own (its key holds the tenant and the id).
/// </remarks>
public sealed class EncryptingGrainStorageSerializer(IGrainStorageSerializer inner, ITenantKeyStore keys) : IGrainStorageSerializer
{
    /// <summary>The serializer whose bytes are encrypted.</summary>
    public IGrainStorageSerializer Inner { get; } = inner;

    /// <inheritdoc/>
    public BinaryData Serialize<T>(T? input)
    {
        var serialized = Inner.Serialize(input);
        if (input is not ITenantOwnedState owned)
        {
            return serialized;
        }

        if (string.IsNullOrWhiteSpace(owned.TenantCode))
        {
            throw new InvalidOperationException($"{typeof(T).Name} is tenant-owned state without a tenant code; it is not stored.");
        }

        return new BinaryData(EncryptedStateEnvelope.Seal(serialized.ToMemory().Span, keys.GetCurrent(owned.TenantCode)));
    }

    /// <inheritdoc/>
    public T? Deserialize<T>(BinaryData input)
    {
        var payload = input.ToMemory().Span;
        if (!EncryptedStateEnvelope.HasHeader(payload))
        {
            if (typeof(ITenantOwnedState).IsAssignableFrom(typeof(T)))
            {
                // Someone wrote it around the platform, or encryption was off: either way not ours to trust.
                throw new CryptographicException($"Stored {typeof(T).Name} is tenant-owned but not encrypted; it is not loaded.");
            }

            return Inner.Deserialize<T>(input);
        }

        var (tenantCode, _) = EncryptedStateEnvelope.ReadHeader(payload);
        var plaintext = EncryptedStateEnvelope.Open(payload, keys.Get);
        try
        {
            var state = Inner.Deserialize<T>(new BinaryData(plaintext));
            if (state is ITenantOwnedState owned && !string.Equals(owned.TenantCode, tenantCode, StringComparison.Ordinal))
            {
                throw new CryptographicException($"Stored {typeof(T).Name} was encrypted for tenant {tenantCode} but names another tenant.");
            }

            return state;
        }
        finally
        {
            CryptographicOperations.ZeroMemory(plaintext);
        }
    }
}
