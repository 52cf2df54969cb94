using Microsoft.Extensions.Options;
using Platform.Silo.Hosting;
using Platform.Silo.Security;
using Platform.Silo.Storage;
using Platform.Tenants.Audit;

namespace Platform.Silo.Audit;

/// <summary>Registers the audit log (<see cref="IAuditLog"/>).</summary>
public static class AuditServiceCollectionExtensions
{
    /// <summary>The connection string setting for audit writes: a login that is a member of <c>platform_app</c>.</summary>
    public const string ConnectionStringName = "PlatformAudit";

    /// <summary>
    /// Adds <see cref="IAuditLog"/>. Call after the storage is configured (<c>AddPlatformOrleans</c>):
    /// a durable run gets <see cref="PostgresAuditLog"/> on the same database, an in-memory run
    /// <see cref="InMemoryAuditLog"/>.
    /// </summary>
    /// <remarks>
    /// The audit connection is, in order: <c>ConnectionStrings:PlatformAudit</c>; for the local
    /// server, <see cref="AuditWriterLogin.LocalRoleName"/>, provisioned here; otherwise the
    /// platform's own connection, with a warning, since that role can usually change the table
    /// (the trigger still refuses, but an owner can disable it).
    /// </remarks>
    public static IServiceCollection AddPlatformAudit(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        // The storage set-up registers the database it resolved; no connection string means --in-memory.
        if (FindInstance<PlatformConnection>(services)?.ConnectionString is not { } platformConnectionString)
        {
            services.AddSingleton<IAuditLog, InMemoryAuditLog>(_ => new InMemoryAuditLog());
            return services;
        }

        var connectionString = configuration.GetConnectionString(ConnectionStringName);
        var asOwner = string.IsNullOrWhiteSpace(connectionString);
        if (asOwner && FindInstance<LocalPostgres>(services) is { } local)
        {
            var passwordFile = Path.Combine(local.DataDirectory, AuditWriterLogin.PasswordFileName);
            // Blocking here like the storage set-up does; Task.Run keeps a caller's synchronization context out of it.
            // The local superuser creates it: the silo's own login may not create roles.
            var superuser = new Npgsql.NpgsqlConnectionStringBuilder(local.ConnectionString)
            {
                Database = new Npgsql.NpgsqlConnectionStringBuilder(platformConnectionString).Database,
            }.ConnectionString;
            connectionString = Task.Run(() => AuditWriterLogin.EnsureAsync(
                superuser, AuditWriterLogin.LocalRoleName, passwordFile, CancellationToken.None)).GetAwaiter().GetResult();
            asOwner = false;
        }

        services.AddSingleton<IAuditLog>(provider =>
        {
            if (asOwner)
            {
                provider.GetRequiredService<ILogger<PostgresAuditLog>>().LogWarning(
                    "Audit entries are written with the platform's own database connection. Set ConnectionStrings:{Name} to a " +
                    "login that is a member of platform_app (and nothing else), so the platform cannot change its audit log.",
                    ConnectionStringName);
            }

            // The chain key comes from the master key, loaded the way the tenant key store loads it.
            var dataPath = provider.GetRequiredService<IOptions<PlatformOptions>>().Value.DataPath;
            var key = AuditChainKey.From(KeyEncryptionKey.Load(configuration, dataPath));
            return new PostgresAuditLog(asOwner ? platformConnectionString : ConnectionBudget.ForAudit(connectionString!, configuration), key);
        });
        return services;
    }

    // Storage registers these as ready instances while building; read them back the same way.
    private static T? FindInstance<T>(IServiceCollection services)
        where T : class =>
        services.LastOrDefault(d => d.ServiceType == typeof(T) && !d.IsKeyedService)?.ImplementationInstance as T;
}
