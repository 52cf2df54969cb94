using Platform.Tenants.Satellites;
using System.Net;
using Orleans.Configuration;
using Orleans.Storage;
using Platform.Silo.Hosting;
using Platform.Silo.Telemetry;
using Platform.Silo.Storage;
using Platform.Tenants.Common;

namespace Platform.Silo.Orleans;

/// <summary>Configures the co-hosted Orleans silo: clustering, grain state and reminders.</summary>
public static class OrleansHostingExtensions
{
    /// <summary>Orleans' load shedding (<see cref="LoadSheddingOptions"/>: <c>LoadSheddingEnabled</c>, <c>CpuThreshold</c>, <c>MemoryThreshold</c>); on by default.</summary>
    public const string LoadSheddingSection = "Orleans:LoadShedding";

    /// <summary>The ADO.NET invariant name of Npgsql.</summary>
    public const string NpgsqlInvariant = "Npgsql";

    /// <summary>
    /// Adds the silo. Durable by default: grain state goes to the PostgreSQL named by
    /// <c>ConnectionStrings:Platform</c> (the runtime login; <c>ConnectionStrings:PlatformMigrations</c>
    /// owns the schema, see <see cref="RuntimeLogin"/>), or, when none is given, to a PostgreSQL
    /// server this process starts in the data folder. <c>Platform:InMemory</c> (or <c>--in-memory</c>) keeps
    /// everything in memory instead, and says so. <c>Cluster:Membership</c> chooses how silos
    /// find each other (<see cref="ClusterMembership"/>).
    /// </summary>
    public static WebApplicationBuilder AddPlatformOrleans(this WebApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(PlatformOptions.Section);
        builder.Services.Configure<PlatformOptions>(section);
        var options = section.Get<PlatformOptions>() ?? new PlatformOptions();
        var clusterSection = builder.Configuration.GetSection(PlatformClusterOptions.Section);
        builder.Services.Configure<PlatformClusterOptions>(clusterSection);
        var cluster = clusterSection.Get<PlatformClusterOptions>() ?? new PlatformClusterOptions();
        var satelliteSection = builder.Configuration.GetSection(SatelliteOptions.Section);
        builder.Services.Configure<SatelliteOptions>(satelliteSection);
        var workSection = builder.Configuration.GetSection(Platform.Tenants.Work.WorkOptions.Section);
        builder.Services.Configure<Platform.Tenants.Work.WorkOptions>(workSection);
        var alertPeriod = (satelliteSection.Get<SatelliteOptions>() ?? new SatelliteOptions()).AlertCheckPeriod;
        var noticePeriod = (workSection.Get<Platform.Tenants.Work.WorkOptions>() ?? new Platform.Tenants.Work.WorkOptions()).NoticeCheckPeriod;
        var retentionSection = builder.Configuration.GetSection(Platform.Tenants.Cases.RetentionOptions.Section);
        builder.Services.Configure<Platform.Tenants.Cases.RetentionOptions>(retentionSection);
        var retentionPeriod = (retentionSection.Get<Platform.Tenants.Cases.RetentionOptions>() ?? new Platform.Tenants.Cases.RetentionOptions()).CheckPeriod;
        var shortestPeriod = new[] { alertPeriod, noticePeriod, retentionPeriod }.Min();
        builder.Services.Configure<Platform.Tenants.Statistics.StatisticsOptions>(builder.Configuration.GetSection(Platform.Tenants.Statistics.StatisticsOptions.Section));
        using var bootLogging = LoggerFactory.Create(l => l.AddConsole());
        var logger = bootLogging.CreateLogger("Platform.Silo.Storage");

        string? connectionString = null;
        if (options.InMemory)
        {
            if (cluster.IsShared)
            {
                throw new InvalidOperationException(
                    $"Cluster:Membership={cluster.Membership} shares state through PostgreSQL; an in-memory run cannot. Drop --in-memory or use Localhost.");
            }

            logger.LogWarning(
                "IN-MEMORY RUN: grain state is kept in memory only and is LOST when this process stops. " +
                "Do not enter real data. Start without --in-memory for a durable run.");
        }
        else
        {
            connectionString = builder.Configuration.GetConnectionString("Platform");
            var migrations = builder.Configuration.GetConnectionString(RuntimeLogin.MigrationsConnectionName);
            LocalPostgres? local = null;
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                if (!string.IsNullOrWhiteSpace(migrations))
                {
                    throw new PrerequisiteMissingException(
                        $"ConnectionStrings:{RuntimeLogin.MigrationsConnectionName} is set but ConnectionStrings:Platform is not: set it to the login the silo runs as (a member of {RuntimeLogin.GroupRole}).");
                }

                local = LocalPostgres.StartAsync(options.DataPath, logger, CancellationToken.None).GetAwaiter().GetResult();
                builder.Services.AddSingleton(local);
                if (cluster.IsShared)
                {
                    // Other silos on this machine share the data folder, and so this server:
                    // stopping it with this silo would take the database from under them.
                    logger.LogInformation("The local PostgreSQL is left running when this silo stops (shared cluster); stop it with pg_ctl stop -D {Directory}", Path.Combine(local.DataDirectory, "pg"));
                }
                else
                {
                    // Registered before the silo, so it stops after the silo has stopped.
                    builder.Services.AddHostedService<LocalPostgresLifetime>();
                }
            }

            // The owner applies the schema; the silo runs as a login that owns nothing.
            connectionString = RuntimeLogin.PrepareAsync(builder.Configuration, builder.Environment.IsProduction(),
                connectionString, migrations, local, logger, CancellationToken.None).GetAwaiter().GetResult();
        }

        if (connectionString is not null)
        {
            connectionString = ConnectionBudget.ForStorage(connectionString, builder.Configuration);
            if (ConnectionBudget.Total(builder.Configuration) >= ConnectionBudget.LocalMaxConnections && builder.Services.Any(d => d.ServiceType == typeof(LocalPostgres)))
            {
                logger.LogWarning("The connection budget ({Total}) does not fit the local PostgreSQL's max_connections ({Max}); lower Storage:MaxPoolSize, Audit:MaxPoolSize or Storage:MaxSilos",
                    ConnectionBudget.Total(builder.Configuration), ConnectionBudget.LocalMaxConnections);
            }
        }

        builder.Services.AddSingleton(new PlatformConnection(connectionString));
        builder.UseOrleans(silo =>
        {
            silo.AddPlatformCallFilters();
            silo.AddGraphQLStageTimings(builder.Configuration);
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.ClusterId;
                o.ServiceId = cluster.ServiceId;
            });
            ConfigureMembership(silo, options, cluster, connectionString);
            if (connectionString is null)
            {
                silo.AddMemoryGrainStorage(StorageNames.Platform);
                // Orleans' binary format, as in PostgreSQL: the memory store's default (JSON) cannot
                // read back every stored type (a case book's folded figures, for one).
                silo.Services.AddOptions<MemoryGrainStorageOptions>(StorageNames.Platform)
                    .Configure<IServiceProvider>((o, provider) => o.GrainStorageSerializer =
                        new OrleansGrainStorageSerializer(provider.GetRequiredService<global::Orleans.Serialization.Serializer>()));
                silo.UseInMemoryReminderService();
            }
            else
            {
                silo.AddAdoNetGrainStorage(StorageNames.Platform, o =>
                {
                    o.Invariant = NpgsqlInvariant;
                    o.ConnectionString = connectionString;
                });
                StorageFaultBoundary.Wrap(silo.Services, StorageNames.Platform);
                silo.UseAdoNetReminderService(o =>
                {
                    o.Invariant = NpgsqlInvariant;
                    o.ConnectionString = connectionString;
                });
            }

            // Reminders shorter than Orleans' one-minute floor only when a test asks for them.
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = shortestPeriod < o.MinimumReminderPeriod ? shortestPeriod : o.MinimumReminderPeriod);
            silo.AddActivityPropagation();

            // An overloaded silo refuses new work from Orleans clients (GatewayTooBusyException,
            // reported as UNAVAILABLE) rather than queue it until everything times out.
            silo.Configure<LoadSheddingOptions>(o =>
            {
                o.LoadSheddingEnabled = true;
                builder.Configuration.GetSection(LoadSheddingSection).Bind(o);
            });
        });
        return builder;
    }

    private static void ConfigureMembership(ISiloBuilder silo, PlatformOptions options, PlatformClusterOptions cluster, string? connectionString)
    {
        if (!cluster.IsShared)
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
            return;
        }

        silo.UseAdoNetClustering(o =>
        {
            o.Invariant = NpgsqlInvariant;
            o.ConnectionString = connectionString!;
        });
        silo.Configure<ClusterMembershipOptions>(MembershipTimings.Apply);
        silo.Configure<EndpointOptions>(o =>
        {
            o.SiloPort = options.SiloPort;
            o.GatewayPort = options.GatewayPort;
            if (!string.IsNullOrWhiteSpace(cluster.AdvertisedAddress))
            {
                o.AdvertisedIPAddress = IPAddress.Parse(cluster.AdvertisedAddress);
            }
        });
        if (cluster.Membership is ClusterMembership.Kubernetes)
        {
            // Pod name, pod IP and the ids from the downward API (POD_NAME, POD_IP,
            // ORLEANS_CLUSTER_ID, ORLEANS_SERVICE_ID); listens on every pod address.
            silo.UseKubernetesHosting();
        }
    }
}
