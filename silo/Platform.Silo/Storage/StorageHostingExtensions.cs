using Platform.Silo.Orleans;

namespace Platform.Silo.Storage;

/// <summary>Chooses where grain state lives, and registers the step that opens it at start.</summary>
public static class StorageHostingExtensions
{
    /// <summary>
    /// Durable by default: grain state goes to the PostgreSQL named by <c>ConnectionStrings:Platform</c>
    /// (the runtime login; <c>ConnectionStrings:PlatformMigrations</c> owns the schema, see
    /// <see cref="RuntimeLogin"/>), or, when none is given, to a PostgreSQL server this process starts
    /// in the data folder. <c>Platform:InMemory</c> (or <c>--in-memory</c>) keeps everything in memory
    /// instead, and says so. Registration only checks the settings; the database is opened by
    /// <see cref="PlatformDatabaseStartup"/> when the host starts. Call before anything that uses
    /// the database registers a hosted service: the host starts them in order.
    /// </summary>
    public static WebApplicationBuilder AddPlatformStorage(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(PlatformOptions.Section).Get<PlatformOptions>() ?? new PlatformOptions();
        var cluster = builder.Configuration.GetSection(PlatformClusterOptions.Section).Get<PlatformClusterOptions>() ?? new PlatformClusterOptions();
        if (options.InMemory)
        {
            if (cluster.IsShared)
            {
                throw new InvalidOperationException(
                    $"Cluster:Membership={cluster.Membership} shares state through PostgreSQL; an in-memory run cannot. Drop --in-memory or use Localhost.");
            }

            builder.Services.AddSingleton(new PlatformConnection(null));
        }
        else
        {
            if (string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString("Platform"))
                && !string.IsNullOrWhiteSpace(builder.Configuration.GetConnectionString(RuntimeLogin.MigrationsConnectionName)))
            {
                throw new PrerequisiteMissingException(
                    $"ConnectionStrings:{RuntimeLogin.MigrationsConnectionName} is set but ConnectionStrings:Platform is not: set it to the login the silo runs as (a member of {RuntimeLogin.GroupRole}).");
            }

            builder.Services.AddSingleton(PlatformConnection.OpenedAtStart());
        }

        builder.Services.AddHostedService<PlatformDatabaseStartup>();
        return builder;
    }
}
