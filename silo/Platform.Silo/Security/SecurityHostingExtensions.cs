using Microsoft.Extensions.Options;
using Orleans.Configuration;
using Orleans.Storage;
using Platform.Silo.Hosting;
using Platform.Silo.Storage;
using Platform.Tenants.Common;
using Platform.Tenants.Security;

namespace Platform.Silo.Security;

/// <summary>Encryption at rest and the blind index.</summary>
public static class SecurityHostingExtensions
{
    /// <summary>
    /// Registers <see cref="ITenantKeyStore"/> and <see cref="IBlindIndex"/>, and puts the
    /// <see cref="EncryptingGrainStorageSerializer"/> in front of the serializer of the
    /// <c>platform</c> ADO.NET grain storage. Durable runs keep wrapped keys in PostgreSQL
    /// under the <see cref="KeyEncryptionKey"/>; in-memory runs (nothing persisted, no database) keep
    /// keys in memory and leave the in-memory grain storage as it is.
    /// </summary>
    public static WebApplicationBuilder AddPlatformSecurity(this WebApplicationBuilder builder)
    {
        // Resolved on first use, after AddPlatformOrleans has registered the connection it chose.
        builder.Services.AddSingleton<ITenantKeyStore>(services =>
        {
            if (services.GetRequiredService<PlatformConnection>().ConnectionString is not { } connectionString)
            {
                return new InMemoryTenantKeyStore();
            }

            var dataPath = services.GetRequiredService<IOptions<PlatformOptions>>().Value.DataPath;
            var masterKey = KeyEncryptionKey.Load(services.GetRequiredService<IConfiguration>(), dataPath);
            return new TenantKeyStore(connectionString, masterKey, services.GetRequiredService<ILogger<TenantKeyStore>>());
        });
        builder.Services.AddSingleton<IBlindIndex, HmacBlindIndex>();

        // Before the silo starts (a lifecycle "starting" step): seals what earlier versions stored in plain text.
        builder.Services.AddHostedService<PlainStateSealer>();

        // Named options of the "platform" provider. State is stored in Orleans' own binary
        // format: the [Id(n)] numbers of our [GenerateSerializer] types are the storage contract
        // (the default Newtonsoft JSON cannot read immutable dictionaries back), and the
        // encrypting serializer wraps it.
        builder.Services.AddOptions<AdoNetGrainStorageOptions>(StorageNames.Platform)
            .Configure<IServiceProvider>((options, services) => options.GrainStorageSerializer = new EncryptingGrainStorageSerializer(
                new OrleansGrainStorageSerializer(services.GetRequiredService<global::Orleans.Serialization.Serializer>()),
                services.GetRequiredService<ITenantKeyStore>()));
        return builder;
    }
}
