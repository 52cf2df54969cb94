namespace Platform.Silo.Security;

/// <summary>
/// The key at the top of the hierarchy: it wraps every tenant's data keys and is never stored
/// in the database, logged or shown. It comes from <c>Security:MasterKey</c> (base64 of 32
/// bytes), else from the file named by <c>Security:MasterKeyFile</c> (production mounts a
/// secret there), else from <c>keys/master.key</c> in the data folder, created on first use and
/// readable by its owner only. Lose it and every tenant's data is lost with it.
/// </summary>
public sealed class KeyEncryptionKey
{
    /// <summary>The setting holding the key itself, base64.</summary>
    public const string KeySetting = "Security:MasterKey";

    /// <summary>The setting naming a file that holds the key (base64 text, or 32 raw bytes).</summary>
    public const string FileSetting = "Security:MasterKeyFile";

    /// <summary>The key length in bytes (AES-256).</summary>
    public const int Size = 32;

    private const byte WrapFormat = 1;
    private const int NonceSize = 12;
    private const int TagSize = 16;

    private readonly byte[] key;

    private KeyEncryptionKey(byte[] key, string source)
    {
        this.key = key;
        Source = source;
    }

    /// <summary>Where the key came from (a setting name or a file path), never the key.</summary>
    public string Source { get; }

    /// <summary>Reads the configured key, or reads or creates the data folder's key file.</summary>
    /// <param name="configuration">Holds <see cref="KeySetting"/> or <see cref="FileSetting"/>.</param>
    /// <param name="dataDirectory">The platform's data folder (<c>Platform:DataDirectory</c>).</param>
    public static KeyEncryptionKey Load(IConfiguration configuration, string dataDirectory)
    {
        if (LoadConfigured(configuration) is { } configured)
        {
            return configured;
        }

        var path = Path.Combine(dataDirectory, "keys", "master.key");
        return new KeyEncryptionKey(ReadOrCreate(path), path);
    }

    /// <summary>
    /// The key from <see cref="KeySetting"/> or <see cref="FileSetting"/>, or null when neither
    /// is set. Never creates a key: production uses this, so that no silo ever makes up a key
    /// of its own that no other silo (and no restart of itself) would have.
    /// </summary>
    public static KeyEncryptionKey? LoadConfigured(IConfiguration configuration)
    {
        if (configuration[KeySetting] is { Length: > 0 } configured)
        {
            return new KeyEncryptionKey(Decode(Encoding.ASCII.GetBytes(configured.Trim()), KeySetting), KeySetting);
        }

        if (configuration[FileSetting] is { Length: > 0 } file)
        {
            return new KeyEncryptionKey(Decode(File.ReadAllBytes(file), file), file);
        }

        return null;
    }

    /// <summary>A key from raw bytes (tests, tools).</summary>
    public static KeyEncryptionKey FromBytes(ReadOnlySpan<byte> key, string source = "bytes") =>
        key.Length == Size ? new KeyEncryptionKey(key.ToArray(), source) : throw new ArgumentException($"A master key is {Size} bytes.", nameof(key));

    /// <summary>
    /// Wraps a tenant's data key: format byte, 12-byte nonce, 16-byte tag, ciphertext. The
    /// tenant code and version are associated data, so the result only unwraps for them.
    /// </summary>
    public byte[] Wrap(string tenantCode, int version, ReadOnlySpan<byte> dataKey)
    {
        var wrapped = new byte[1 + NonceSize + TagSize + dataKey.Length];
        wrapped[0] = WrapFormat;
        var nonce = wrapped.AsSpan(1, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, dataKey, wrapped.AsSpan(1 + NonceSize + TagSize), wrapped.AsSpan(1 + NonceSize, TagSize), AssociatedData(tenantCode, version));
        return wrapped;
    }

    /// <summary>Unwraps a data key; fails if it was wrapped for another tenant or version, or by another master key.</summary>
    /// <exception cref="CryptographicException">The wrapped key does not authenticate.</exception>
    public byte[] Unwrap(string tenantCode, int version, ReadOnlySpan<byte> wrapped)
    {
        if (wrapped.Length <= 1 + NonceSize + TagSize || wrapped[0] != WrapFormat)
        {
            throw new CryptographicException($"The wrapped data key of tenant {tenantCode}, version {version}, is not in a known format.");
        }

        var dataKey = new byte[wrapped.Length - 1 - NonceSize - TagSize];
        try
        {
            using var aes = new AesGcm(key, TagSize);
            aes.Decrypt(wrapped.Slice(1, NonceSize), wrapped[(1 + NonceSize + TagSize)..], wrapped.Slice(1 + NonceSize, TagSize), dataKey, AssociatedData(tenantCode, version));
            return dataKey;
        }
        catch (CryptographicException e)
        {
            throw new CryptographicException(
                $"The data key of tenant {tenantCode}, version {version}, does not unwrap: the master key ({Source}) is not the one that wrapped it, or the row was altered or copied from another tenant.", e);
        }
    }

    /// <summary>
    /// A 32-byte key for one <paramref name="purpose"/> (HKDF-SHA256 of the master key, the
    /// purpose as context), so a purpose gets a key of its own without storing another secret.
    /// </summary>
    public byte[] DeriveKey(string purpose)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(purpose);
        return HKDF.DeriveKey(HashAlgorithmName.SHA256, key, Size, salt: [], info: Encoding.UTF8.GetBytes($"platform/{purpose}"));
    }

    /// <summary>Names the source only; the key is never part of a string.</summary>
    public override string ToString() => $"KeyEncryptionKey({Source})";

    private static byte[] AssociatedData(string tenantCode, int version) =>
        Encoding.UTF8.GetBytes($"platform/tenant-data-key/v1\0{tenantCode}\0{version}");

    private static byte[] Decode(byte[] content, string source)
    {
        if (content.Length == Size)
        {
            return content;
        }

        try
        {
            var key = Convert.FromBase64String(Encoding.ASCII.GetString(content).Trim());
            if (key.Length == Size)
            {
                return key;
            }
        }
        catch (FormatException)
        {
        }

        // Says where, never what: the content is the secret.
        throw new InvalidOperationException($"The master key from {source} must be {Size} bytes, raw or base64.");
    }

    private static byte[] ReadOrCreate(string path)
    {
        var encodedLength = Convert.ToBase64String(new byte[Size]).Length;
        var text = KeyFile.ReadOrCreate(path, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(Size)), t => t.Length >= encodedLength);
        return Decode(Encoding.ASCII.GetBytes(text), path);
    }
}
