using Platform.Tenants.Satellites;
using System.Net;
using Orleans.Configuration;
using Platform.Silo.Telemetry;

namespace Platform.Silo.Orleans;

/// <summary>Configures the co-hosted Orleans silo: clustering, grain state and reminders.</summary>
public static class OrleansHostingExtensions
{
    /// <summary>Orleans' load shedding (<see cref="LoadSheddingOptions"/>: <c>LoadSheddingEnabled</c>, <c>CpuThreshold</c>, <c>MemoryThreshold</c>); on by default.</summary>
    public const string LoadSheddingSection = "Orleans:LoadShedding";

    /// <summary>The ADO.NET invariant name of Npgsql.</summary>
    public const string NpgsqlInvariant = "Npgsql";

    /// <summary>
    /// Adds the silo, on the storage <see cref="StorageHostingExtensions.AddPlatformStorage"/> chose:
    /// grain state, reminders and (for a shared cluster) membership in PostgreSQL, or in memory.
    /// Their options get the connection string from <see cref="PlatformConnection"/> once the
    /// database is open, and the silo is built (and its options checked) only when the host starts
    /// it, after that (<see cref="SiloStartAfterDatabase"/>).
    /// <c>Cluster:Membership</c> chooses how silos find each other (<see cref="ClusterMembership"/>).
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

        builder.UseOrleans(silo =>
        {
            silo.AddPlatformCallFilters();
            silo.AddGraphQLStageTimings(builder.Configuration);
            silo.Configure<ClusterOptions>(o =>
            {
                o.ClusterId = cluster.ClusterId;
                o.ServiceId = cluster.ServiceId;
            });
            ConfigureMembership(silo, options, cluster);
            if (options.InMemory)
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
                silo.AddAdoNetGrainStorage(StorageNames.Platform, (OptionsBuilder<AdoNetGrainStorageOptions> o) => o.Configure<PlatformConnection>((storage, database) =>
                {
                    storage.Invariant = NpgsqlInvariant;
                    database.WhenOpen(connectionString => storage.ConnectionString = connectionString);
                }));
                StorageFaultBoundary.Wrap(silo.Services, StorageNames.Platform);
                silo.UseAdoNetReminderService((OptionsBuilder<AdoNetReminderTableOptions> o) => o.Configure<PlatformConnection>((reminders, database) =>
                {
                    reminders.Invariant = NpgsqlInvariant;
                    database.WhenOpen(connectionString => reminders.ConnectionString = connectionString);
                }));
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
        SiloStartAfterDatabase.Replace(builder.Services);
        return builder;
    }

    private static void ConfigureMembership(ISiloBuilder silo, PlatformOptions options, PlatformClusterOptions cluster)
    {
        if (!cluster.IsShared)
        {
            silo.UseLocalhostClustering(options.SiloPort, options.GatewayPort, serviceId: cluster.ServiceId, clusterId: cluster.ClusterId);
            return;
        }

        silo.UseAdoNetClustering((OptionsBuilder<AdoNetClusteringSiloOptions> o) => o.Configure<PlatformConnection>((membership, database) =>
        {
            membership.Invariant = NpgsqlInvariant;
            database.WhenOpen(connectionString => membership.ConnectionString = connectionString);
        }));
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
