using Orleans.Configuration;
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
    /// keys in memory and leave the in-memory grain storage as it is. In Production a durable run
    /// refuses to start without a configured master key, and <see cref="KeyUnwrapCheck"/> proves at
    /// start and in every readiness check that the key is the one the stored data keys were wrapped with.
    /// </summary>
    public static WebApplicationBuilder AddPlatformSecurity(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions();
        if (builder.Environment.IsProduction() && !options.InMemory)
        {
            // Checked before anything else starts. A key made up by one pod is readable by that pod
            // only, and gone with its emptyDir: production never creates one.
            builder.Services.AddSingleton(KeyEncryptionKey.LoadConfigured(builder.Configuration) ?? throw new PrerequisiteMissingException(
                $"Production needs the cluster's master key: set {KeyEncryptionKey.KeySetting} (base64 of 32 bytes) or {KeyEncryptionKey.FileSetting} (a mounted file), " +
                "in Kubernetes the key Security__MasterKey of the secret platform-secrets. Every silo needs the same key; back it up apart from the database."));
        }
        else
        {
            builder.Services.AddSingleton(services => KeyEncryptionKey.Load(
                services.GetRequiredService<IConfiguration>(), services.GetRequiredService<IOptions<PlatformOptions>>().Value.DataPath));
        }

        // Resolved on first use, after the host has started and opened the database (PlatformDatabaseStartup).
        builder.Services.AddSingleton<ITenantKeyStore>(services =>
            services.GetRequiredService<PlatformConnection>().ConnectionString is { } connectionString
                ? new TenantKeyStore(connectionString, services.GetRequiredService<KeyEncryptionKey>(), services.GetRequiredService<ILogger<TenantKeyStore>>())
                : new InMemoryTenantKeyStore());
        builder.Services.AddSingleton<KeyUnwrapCheck>();
        builder.Services.AddHostedService(services => services.GetRequiredService<KeyUnwrapCheck>());
        builder.Services.AddSingleton<IBlindIndex, HmacBlindIndex>();

        // Before the silo starts (a lifecycle "starting" step): seals what earlier versions stored in plain text.
        builder.Services.AddHostedService<PlainStateSealer>();

        // Named options of the "platform" provider. State is stored in Orleans' own binary
        // format: the [Id(n)] numbers of our [GenerateSerializer] types are the storage contract
        // (the default Newtonsoft JSON cannot read immutable dictionaries back), and the
        // encrypting serializer wraps it.
        builder.Services.AddEncryptedPlatformStorageSerializer();
        return builder;
    }

    /// <summary>
    /// Makes the <c>platform</c> ADO.NET grain storage write Orleans' binary format through the
    /// <see cref="EncryptingGrainStorageSerializer"/>, with the registered <see cref="ITenantKeyStore"/>:
    /// the silo and the tests' cluster both call this.
    /// </summary>
    public static IServiceCollection AddEncryptedPlatformStorageSerializer(this IServiceCollection services)
    {
        services.AddOptions<AdoNetGrainStorageOptions>(StorageNames.Platform)
            .Configure<IServiceProvider>((options, provider) => options.GrainStorageSerializer = new EncryptingGrainStorageSerializer(
                new OrleansGrainStorageSerializer(provider.GetRequiredService<global::Orleans.Serialization.Serializer>()),
                provider.GetRequiredService<ITenantKeyStore>()));
        return services;
    }
}
