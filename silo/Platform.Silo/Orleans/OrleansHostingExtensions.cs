using Orleans.Configuration;
using Platform.Silo.Hosting;
using Platform.Silo.Storage;
using Platform.Tenants.Common;

namespace Platform.Silo.Orleans;

/// <summary>Configures the co-hosted Orleans silo and where its grain state lives.</summary>
public static class OrleansHostingExtensions
{
    /// <summary>The ADO.NET invariant name of Npgsql.</summary>
    public const string NpgsqlInvariant = "Npgsql";

    /// <summary>
    /// Adds the silo. Durable by default: grain state goes to the PostgreSQL named by
    /// <c>ConnectionStrings:Platform</c>, or, when none is given, to a PostgreSQL server this
    /// process starts in the data folder. <c>Platform:InMemory</c> (or <c>--in-memory</c>) keeps
    /// everything in memory instead, and says so.
    /// </summary>
    public static WebApplicationBuilder AddPlatformOrleans(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(PlatformOptions.Section);
        builder.Services.Configure<PlatformOptions>(section);
        var options = section.Get<PlatformOptions>() ?? new PlatformOptions();
        using var bootLogging = LoggerFactory.Create(l => l.AddConsole());
        var logger = bootLogging.CreateLogger("Platform.Silo.Storage");

        string? connectionString = null;
        if (options.InMemory)
        {
            logger.LogWarning(
                "IN-MEMORY RUN: grain state is kept in memory only and is LOST when this process stops. " +
                "Do not enter real data. Start without --in-memory for a durable run.");
        }
        else
        {
            connectionString = builder.Configuration.GetConnectionString("Platform");
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                var local = LocalPostgres.StartAsync(options.DataPath, logger, CancellationToken.None).GetAwaiter().GetResult();
                connectionString = local.ConnectionString;
                builder.Services.AddSingleton(local);

                // Registered before the silo, so it stops after the silo has stopped.
                builder.Services.AddHostedService<LocalPostgresLifetime>();
            }

            StorageSchema.ApplyAsync(connectionString, CancellationToken.None).GetAwaiter().GetResult();
        }

        builder.UseOrleans(silo =>
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort);
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = "platform";
                o.ServiceId = "platform";
            });
            if (connectionString is null)
            {
                silo.AddMemoryGrainStorage(StorageNames.Platform);
            }
            else
            {
                silo.AddAdoNetGrainStorage(StorageNames.Platform, o =>
                {
                    o.Invariant = NpgsqlInvariant;
                    o.ConnectionString = connectionString;
                });
            }
        });
        return builder;
    }
}
