using System.Security.Cryptography;
using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace Platform.Tests.Security;

/// <summary>
/// ASP.NET Core Data Protection keys live in the database, shared by every silo, with their
/// secret encrypted under the master key.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class DataProtectionKeysTests(PlatformFixture fixture)
{
    [Fact]
    public async Task TwoSilos_ReadEachOthersPayloads_TheTableHoldsNoKeyInPlainText_AnotherMasterKeyReadsNothing()
    {
        var owner = await (await TestPostgres.Shared).CreateDatabaseAsync("data_protection");
        await StorageSchema.ApplyAsync(owner, CancellationToken.None);
        var runtime = await TestPostgres.RuntimeConnectionStringAsync(owner);
        var master = RandomNumberGenerator.GetBytes(KeyEncryptionKey.Size);
        await using var first = Silo(runtime, master);
        await using var second = Silo(runtime, master);

        var fromFirst = Protector(first).Protect("payload of the first silo");
        var fromSecond = Protector(second).Protect("payload of the second silo");

        Assert.Equal("payload of the first silo", Protector(second).Unprotect(fromFirst));
        Assert.Equal("payload of the second silo", Protector(first).Unprotect(fromSecond));

        var rows = await StoredKeysAsync(owner);
        Assert.NotEmpty(rows);
        var decryptor = new DataProtectionKeys.MasterKeyXmlDecryptor(first);
        foreach (var row in rows)
        {
            Assert.DoesNotContain("<masterKey", row, StringComparison.Ordinal);
            var encrypted = Assert.Single(XElement.Parse(row).Descendants("encryptedKey"));
            var secret = decryptor.Decrypt(encrypted);
            var material = Assert.Single(secret.Descendants("value")).Value;
            Assert.True(material.Length >= 40);
            Assert.DoesNotContain(material, row, StringComparison.Ordinal);
        }

        await using var stranger = Silo(runtime, RandomNumberGenerator.GetBytes(KeyEncryptionKey.Size));
        Assert.ThrowsAny<CryptographicException>(() => Protector(stranger).Unprotect(fromFirst));
    }

    [Fact]
    public async Task ThePlatform_KeepsItsKeysInTheDatabase()
    {
        var services = fixture.Host.App.Services;
        Assert.IsType<DataProtectionKeys.PostgresXmlRepository>(services.GetRequiredService<IOptions<KeyManagementOptions>>().Value.XmlRepository);

        var payload = Protector(services).Protect("a cookie");

        Assert.Equal("a cookie", Protector(services).Unprotect(payload));
        Assert.NotEmpty(await StoredKeysAsync(fixture.Host.App.Configuration.GetConnectionString(RuntimeLogin.MigrationsConnectionName)!));
    }

    private static ServiceProvider Silo(string connectionString, byte[] masterKey) => new ServiceCollection()
        .AddLogging()
        .AddSingleton(KeyEncryptionKey.FromBytes(masterKey))
        .AddSingleton(new PlatformConnection(connectionString))
        .AddPlatformDataProtection()
        .BuildServiceProvider();

    private static IDataProtector Protector(IServiceProvider services) =>
        services.GetRequiredService<IDataProtectionProvider>().CreateProtector("tests");

    private static async Task<List<string>> StoredKeysAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xml FROM data_protection_keys", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add(reader.GetString(0));
        }

        return rows;
    }
}
