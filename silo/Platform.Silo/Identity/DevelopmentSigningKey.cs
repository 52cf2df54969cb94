using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Platform.Silo.Identity;

/// <summary>
/// The key that signs local development tokens: an ECDSA P-256 key the silo creates in its data
/// folder (<c>keys/dev-signing-key.pem</c>, readable by its owner only). Never committed.
/// </summary>
public static class DevelopmentSigningKey
{
    /// <summary>The issuer of development tokens.</summary>
    public const string Issuer = "platform-local-dev";

    /// <summary>The audience of development tokens.</summary>
    public const string Audience = "platform-api";

    /// <summary>The key in <paramref name="dataDirectory"/>, created on first use.</summary>
    public static ECDsaSecurityKey LoadOrCreate(string dataDirectory)
    {
        var folder = Path.Combine(dataDirectory, "keys");
        var path = Path.Combine(folder, "dev-signing-key.pem");
        var ecdsa = ECDsa.Create();
        if (File.Exists(path))
        {
            ecdsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            Directory.CreateDirectory(folder);
            ecdsa.GenerateKey(ECCurve.NamedCurves.nistP256);
            var temp = path + ".tmp";
            File.WriteAllText(temp, ecdsa.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }

            // Two processes creating the key at once: the first rename wins, the other reads it.
            try
            {
                File.Move(temp, path, overwrite: false);
            }
            catch (IOException)
            {
                File.Delete(temp);
                ecdsa.ImportFromPem(File.ReadAllText(path));
            }
        }

        return new ECDsaSecurityKey(ecdsa) { KeyId = "platform-dev" };
    }
}
