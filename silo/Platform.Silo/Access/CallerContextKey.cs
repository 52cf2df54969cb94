using System.Security.Cryptography;

namespace Platform.Silo.Access;

/// <summary>
/// The key that seals caller contexts between the API and the grains. Every silo of a cluster
/// must share it: from <c>Identity:CallerContextKey</c> (base64, at least 32 bytes; a mounted
/// secret in production) or else from <c>keys/caller-context.key</c> in the data folder,
/// created on first use and readable by its owner only.
/// </summary>
public static class CallerContextKey
{
    /// <summary>Reads or creates the key.</summary>
    public static byte[] Load(IConfiguration configuration, string dataDirectory)
    {
        if (configuration["Identity:CallerContextKey"] is { Length: > 0 } configured)
        {
            var key = Convert.FromBase64String(configured);
            return key.Length >= 32 ? key : throw new InvalidOperationException("Identity:CallerContextKey must be at least 32 bytes (base64).");
        }

        var folder = Path.Combine(dataDirectory, "keys");
        var path = Path.Combine(folder, "caller-context.key");
        if (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }

        Directory.CreateDirectory(folder);
        var created = RandomNumberGenerator.GetBytes(32);
        var temp = path + "." + Guid.NewGuid().ToString("N");
        File.WriteAllText(temp, Convert.ToBase64String(created));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        try
        {
            // Several silos starting together on one data folder: the first key written wins.
            File.Move(temp, path, overwrite: false);
            return created;
        }
        catch (IOException)
        {
            File.Delete(temp);
            return Convert.FromBase64String(File.ReadAllText(path).Trim());
        }
    }
}
