namespace Platform.Silo.Audit;

/// <summary>Registers the audit log (<see cref="IAuditLog"/>).</summary>
public static class AuditServiceCollectionExtensions
{
    /// <summary>The connection string setting for audit writes: a login that is a member of <c>platform_app</c>.</summary>
    public const string ConnectionStringName = "PlatformAudit";

    /// <summary>
    /// Adds <see cref="IAuditLog"/>. Call after the storage is chosen (<c>AddPlatformStorage</c>):
    /// a durable run gets <see cref="PostgresAuditLog"/> on the same database, written with the login
    /// <see cref="AuditWriterConnection"/> chooses as the host starts; an in-memory run
    /// <see cref="InMemoryAuditLog"/>.
    /// </summary>
    public static IServiceCollection AddPlatformAudit(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // The storage set-up registers the database it chose, as a ready instance; not durable means --in-memory.
        var platform = services.LastOrDefault(d => d.ServiceType == typeof(PlatformConnection) && !d.IsKeyedService)?.ImplementationInstance as PlatformConnection;
        if (platform is not { IsDurable: true })
        {
            services.AddSingleton<IAuditLog, InMemoryAuditLog>(_ => new InMemoryAuditLog());
            return services;
        }

        services.AddSingleton(provider => new AuditWriterConnection(
            provider.GetRequiredService<PlatformConnection>(), configuration, provider.GetRequiredService<ILogger<AuditWriterConnection>>()));
        services.AddHostedService(provider => provider.GetRequiredService<AuditWriterConnection>());
        services.AddSingleton<IAuditLog>(provider =>
        {
            // The chain key comes from the master key, loaded the way the tenant key store loads it.
            var dataPath = provider.GetRequiredService<IOptions<PlatformOptions>>().Value.DataPath;
            var key = AuditChainKey.From(KeyEncryptionKey.Load(configuration, dataPath));
            return new PostgresAuditLog(provider.GetRequiredService<AuditWriterConnection>().ConnectionString, key);
        });
        return services;
    }
}
