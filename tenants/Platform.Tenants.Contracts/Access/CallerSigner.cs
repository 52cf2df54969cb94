using System.Security.Cryptography;
using System.Text;
using Platform.Tenants.Common;

namespace Platform.Tenants.Access;

/// <summary>Seals and checks <see cref="CallerEnvelope"/>s with the cluster's caller-context key.</summary>
public sealed class CallerSigner
{
    private readonly byte[] _key;

    /// <summary>Creates a signer; the key must be at least 32 bytes and shared by every silo.</summary>
    public CallerSigner(byte[] key)
    {
        if (key.Length < 32)
        {
            throw new ArgumentException("The caller-context key must be at least 32 bytes.", nameof(key));
        }

        _key = key;
    }

    /// <summary>Seals <paramref name="caller"/>.</summary>
    public CallerEnvelope Seal(Caller caller)
    {
        var issued = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return new CallerEnvelope(caller, issued, Mac(caller, issued));
    }

    /// <summary>True when the envelope was sealed with this key and not altered since.</summary>
    public bool Verify(CallerEnvelope envelope) =>
        envelope.Mac is { Length: 32 } && CryptographicOperations.FixedTimeEquals(envelope.Mac, Mac(envelope.Caller, envelope.IssuedAtUnixSeconds));

    private byte[] Mac(Caller caller, long issued)
    {
        // Unambiguous canonical text: fields separated by a character none of them may contain.
        var text = string.Join('\u001f', [caller.Subject, caller.TenantCode, string.Join('\u001e', caller.Roles), issued.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        return HMACSHA256.HashData(_key, Encoding.UTF8.GetBytes(text));
    }
}
