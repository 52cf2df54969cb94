using System.Buffers.Binary;

namespace Platform.Silo.Security;

/// <summary>
/// The stored form of encrypted grain state (format 1):
/// <code>
/// offset  size  field
/// 0       4     magic 0x89 'P' 'T' 'E'
/// 4       1     format version, 1
/// 5       1     n = length of the tenant code in UTF-8 bytes (1..255)
/// 6       n     tenant code, UTF-8
/// 6+n     4     data key version, big-endian int32
/// 10+n    12    AES-GCM nonce, random per write
/// 22+n    16    AES-GCM tag
/// 38+n    ...   ciphertext of the inner serializer's bytes
/// </code>
/// Bytes 0 to 10+n (magic to key version) are the associated data, so the tenant code, key
/// version and format cannot be changed without the tag failing.
/// </summary>
/// <remarks>
/// 0x89 cannot start UTF-8 text, so no JSON payload is ever mistaken for an envelope.
/// </remarks>
public static class EncryptedStateEnvelope
{
    /// <summary>The current format version.</summary>
    public const byte FormatVersion = 1;

    private const int NonceSize = 12;
    private const int TagSize = 16;

    /// <summary>The first four bytes of every envelope.</summary>
    public static ReadOnlySpan<byte> Magic => [0x89, (byte)'P', (byte)'T', (byte)'E'];

    /// <summary>True when <paramref name="payload"/> starts like an envelope.</summary>
    public static bool HasHeader(ReadOnlySpan<byte> payload) => payload.StartsWith(Magic);

    /// <summary>Encrypts <paramref name="plaintext"/> under <paramref name="key"/>.</summary>
    public static byte[] Seal(ReadOnlySpan<byte> plaintext, TenantDataKey key)
    {
        var tenant = Encoding.UTF8.GetBytes(key.TenantCode);
        if (tenant.Length is 0 or > byte.MaxValue)
        {
            throw new ArgumentException("A tenant code is 1 to 255 UTF-8 bytes.", nameof(key));
        }

        var headerLength = 6 + tenant.Length + 4;
        var envelope = new byte[headerLength + NonceSize + TagSize + plaintext.Length];
        Magic.CopyTo(envelope);
        envelope[4] = FormatVersion;
        envelope[5] = (byte)tenant.Length;
        tenant.CopyTo(envelope.AsSpan(6));
        BinaryPrimitives.WriteInt32BigEndian(envelope.AsSpan(6 + tenant.Length), key.Version);
        var nonce = envelope.AsSpan(headerLength, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key.Material, TagSize);
        aes.Encrypt(nonce, plaintext, envelope.AsSpan(headerLength + NonceSize + TagSize), envelope.AsSpan(headerLength + NonceSize, TagSize), envelope.AsSpan(0, headerLength));
        return envelope;
    }

    /// <summary>Reads the tenant code and key version from an envelope's header.</summary>
    /// <exception cref="CryptographicException">The payload is not a well-formed envelope.</exception>
    public static (string TenantCode, int KeyVersion) ReadHeader(ReadOnlySpan<byte> envelope)
    {
        var headerLength = HeaderLength(envelope);
        var tenantLength = envelope[5];
        return (Encoding.UTF8.GetString(envelope.Slice(6, tenantLength)), BinaryPrimitives.ReadInt32BigEndian(envelope.Slice(6 + tenantLength, 4)));
    }

    /// <summary>
    /// Decrypts an envelope with the key its header names, looked up by
    /// <paramref name="keyFor"/> (tenant code, version). The caller owns the returned plaintext
    /// and should clear it when done.
    /// </summary>
    /// <exception cref="CryptographicException">Malformed, tampered with, or under another key.</exception>
    public static byte[] Open(ReadOnlySpan<byte> envelope, Func<string, int, TenantDataKey> keyFor)
    {
        var headerLength = HeaderLength(envelope);
        var (tenantCode, version) = ReadHeader(envelope);
        var key = keyFor(tenantCode, version);
        var plaintext = new byte[envelope.Length - headerLength - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(key.Material, TagSize);
            aes.Decrypt(envelope.Slice(headerLength, NonceSize), envelope[(headerLength + NonceSize + TagSize)..], envelope.Slice(headerLength + NonceSize, TagSize), plaintext, envelope[..headerLength]);
            return plaintext;
        }
        catch (CryptographicException e)
        {
            throw new CryptographicException(
                $"Encrypted state of tenant {tenantCode} (key version {version}) failed authentication: it was altered, or it was not written with this tenant's key.", e);
        }
    }

    private static int HeaderLength(ReadOnlySpan<byte> envelope)
    {
        if (!HasHeader(envelope) || envelope.Length < 6)
        {
            throw new CryptographicException("The payload is not an encrypted state envelope.");
        }

        if (envelope[4] != FormatVersion)
        {
            throw new CryptographicException($"Encrypted state format {envelope[4]} is not known to this version of the platform.");
        }

        var headerLength = 6 + envelope[5] + 4;
        if (envelope[5] == 0 || envelope.Length < headerLength + NonceSize + TagSize)
        {
            throw new CryptographicException("The encrypted state envelope is truncated.");
        }

        return headerLength;
    }
}
