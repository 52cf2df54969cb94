using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.DataProtection.XmlEncryption;

namespace Platform.Silo.Security;

/// <summary>
/// ASP.NET Core Data Protection keys kept where every silo reads them: the
/// <c>data_protection_keys</c> table (<c>040_data_protection.sql</c>), each key's secret encrypted
/// under a key derived from the master key. So a cookie or token one silo protects, another
/// unprotects, and a copy of the database without the master key reads none of them.
/// </summary>
public static class DataProtectionKeys
{
    /// <summary>The application name all silos share (it isolates payloads between applications).</summary>
    public const string ApplicationName = "platform";

    private const int NonceSize = 12;
    private const int TagSize = 16;
    private static readonly byte[] AssociatedData = Encoding.UTF8.GetBytes("platform/data-protection-key/v1");

    /// <summary>
    /// Adds Data Protection. Durable runs keep keys in the database named by
    /// <see cref="PlatformConnection"/>, encrypted with <see cref="KeyEncryptionKey"/>; in-memory
    /// runs (no database) keep the framework's defaults.
    /// </summary>
    public static IServiceCollection AddPlatformDataProtection(this IServiceCollection services)
    {
        services.AddDataProtection().SetApplicationName(ApplicationName);
        services.AddOptions<KeyManagementOptions>().Configure<IServiceProvider>((options, provider) =>
        {
            // The key manager is built while the host collects its services, before the database is
            // open: the repository reads the connection when keys are first loaded or stored.
            if (provider.GetRequiredService<PlatformConnection>() is { IsDurable: true } connection)
            {
                options.XmlRepository = new PostgresXmlRepository(connection);
                options.XmlEncryptor = new MasterKeyXmlEncryptor(provider.GetRequiredService<KeyEncryptionKey>());
            }
        });
        return services;
    }

    /// <summary>The <c>data_protection_keys</c> table as an <see cref="IXmlRepository"/>.</summary>
    public sealed class PostgresXmlRepository(PlatformConnection database) : IXmlRepository
    {
        private string ConnectionString => database.ConnectionString
            ?? throw new InvalidOperationException("An in-memory run keeps no Data Protection keys in PostgreSQL.");

        /// <inheritdoc />
        public IReadOnlyCollection<XElement> GetAllElements()
        {
            using var connection = new NpgsqlConnection(ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand("SELECT xml FROM data_protection_keys ORDER BY created_at, friendly_name", connection);
            using var reader = command.ExecuteReader();
            var elements = new List<XElement>();
            while (reader.Read())
            {
                elements.Add(XElement.Parse(reader.GetString(0)));
            }

            return elements;
        }

        /// <inheritdoc />
        public void StoreElement(XElement element, string friendlyName)
        {
            ArgumentNullException.ThrowIfNull(element);
            using var connection = new NpgsqlConnection(ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand(
                "INSERT INTO data_protection_keys (friendly_name, xml) VALUES (@name, @xml) ON CONFLICT (friendly_name) DO NOTHING", connection);
            command.Parameters.AddWithValue("name", friendlyName);
            command.Parameters.AddWithValue("xml", element.ToString(SaveOptions.DisableFormatting));
            command.ExecuteNonQuery();
        }
    }

    /// <summary>Encrypts a key's secret element with AES-256-GCM under a key derived from the master key.</summary>
    public sealed class MasterKeyXmlEncryptor(KeyEncryptionKey masterKey) : IXmlEncryptor
    {
        /// <inheritdoc />
        public EncryptedXmlInfo Encrypt(XElement plaintextElement)
        {
            ArgumentNullException.ThrowIfNull(plaintextElement);
            var plain = Encoding.UTF8.GetBytes(plaintextElement.ToString(SaveOptions.DisableFormatting));
            var sealedBytes = new byte[NonceSize + TagSize + plain.Length];
            RandomNumberGenerator.Fill(sealedBytes.AsSpan(0, NonceSize));
            using (var aes = new AesGcm(KeyOf(masterKey), TagSize))
            {
                aes.Encrypt(sealedBytes.AsSpan(0, NonceSize), plain, sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), AssociatedData);
            }

            CryptographicOperations.ZeroMemory(plain);
            var element = new XElement("encryptedKey",
                new XComment(" Encrypted with a key derived from the platform master key. "),
                new XElement("value", Convert.ToBase64String(sealedBytes)));
            return new EncryptedXmlInfo(element, typeof(MasterKeyXmlDecryptor));
        }
    }

    /// <summary>Decrypts what <see cref="MasterKeyXmlEncryptor"/> wrote; created by the key manager with the service provider.</summary>
    public sealed class MasterKeyXmlDecryptor(IServiceProvider services) : IXmlDecryptor
    {
        /// <inheritdoc />
        public XElement Decrypt(XElement encryptedElement)
        {
            ArgumentNullException.ThrowIfNull(encryptedElement);
            var sealedBytes = Convert.FromBase64String((string?)encryptedElement.Element("value")
                ?? throw new CryptographicException("An encrypted Data Protection key has no value."));
            if (sealedBytes.Length <= NonceSize + TagSize)
            {
                throw new CryptographicException("An encrypted Data Protection key is too short.");
            }

            var plain = new byte[sealedBytes.Length - NonceSize - TagSize];
            try
            {
                using var aes = new AesGcm(KeyOf(services.GetRequiredService<KeyEncryptionKey>()), TagSize);
                aes.Decrypt(sealedBytes.AsSpan(0, NonceSize), sealedBytes.AsSpan(NonceSize + TagSize), sealedBytes.AsSpan(NonceSize, TagSize), plain, AssociatedData);
                return XElement.Parse(Encoding.UTF8.GetString(plain));
            }
            catch (AuthenticationTagMismatchException e)
            {
                throw new CryptographicException("A Data Protection key does not decrypt: the master key is not the one that encrypted it, or the row was altered.", e);
            }
            finally
            {
                CryptographicOperations.ZeroMemory(plain);
            }
        }
    }

    private static byte[] KeyOf(KeyEncryptionKey masterKey) => masterKey.DeriveKey("data-protection/v1");
}
