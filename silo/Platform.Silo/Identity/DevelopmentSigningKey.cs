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
        var pem = KeyFile.ReadOrCreate(
            path,
            () =>
            {
                using var generated = ECDsa.Create(ECCurve.NamedCurves.nistP256);
                return generated.ExportPkcs8PrivateKeyPem();
            },
            text => text.TrimEnd().EndsWith("-----END PRIVATE KEY-----", StringComparison.Ordinal));
        ecdsa.ImportFromPem(pem);

        return new ECDsaSecurityKey(ecdsa) { KeyId = "platform-dev" };
    }
}
