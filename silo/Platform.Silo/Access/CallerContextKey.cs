namespace Platform.Silo.Access;

/// <summary>
/// The key that seals caller contexts between the API and the grains. Every silo of a cluster
/// must share it: from <c>Identity:CallerContextKey</c> (base64, at least 32 bytes; a mounted
/// secret in production) or else from <c>keys/caller-context.key</c> in the data folder,
/// created on first use and readable by its owner only.
/// </summary>
public static class CallerContextKey
{
    /// <summary>The setting that holds the key.</summary>
    public const string Setting = "Identity:CallerContextKey";

    /// <summary>Reads the configured key; the caller decides whether it may be made up instead.</summary>
    public static byte[]? LoadConfigured(IConfiguration configuration) =>
        configuration[Setting] is { Length: > 0 } ? Load(configuration, dataDirectory: "") : null;

    /// <summary>Reads or creates the key.</summary>
    public static byte[] Load(IConfiguration configuration, string dataDirectory)
    {
        if (configuration[Setting] is { Length: > 0 } configured)
        {
            var key = Convert.FromBase64String(configured);
            return key.Length >= 32 ? key : throw new InvalidOperationException("Identity:CallerContextKey must be at least 32 bytes (base64).");
        }

        var folder = Path.Combine(dataDirectory, "keys");
        var path = Path.Combine(folder, "caller-context.key");
        var text = KeyFile.ReadOrCreate(path, () => Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)), t => t.Trim().Length >= 44);
        return Convert.FromBase64String(text.Trim());
    }
}
