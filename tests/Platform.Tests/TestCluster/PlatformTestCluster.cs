using System.Security.Cryptography;
using Orleans.Configuration;
using Orleans.TestingHost;
using Platform.Silo.Orleans;
using Platform.Tenants;

namespace Platform.Tests.TestCluster;

/// <summary>
/// Orleans' own in-process test cluster: three silos with the platform's grains, its call
/// filters (<see cref="PlatformCallFilters"/>, the silo's own registration) and the encrypting
/// grain storage on a PostgreSQL database of its own, so a test can stop, kill and add silos
/// and still read what was written. The caller-context key, tenant keys, audit log and clock
/// are one instance shared by the silos, as a real cluster shares them through configuration
/// and the database.
/// </summary>
public sealed class PlatformTestCluster : IAsyncLifetime
{
    private InProcessTestCluster? _cluster;

    /// <summary>The running cluster.</summary>
    public InProcessTestCluster Cluster => _cluster ?? throw new InvalidOperationException("The cluster has not started.");

    /// <summary>Seals caller contexts as every silo checks them.</summary>
    public CallerSigner Signer { get; } = new(RandomNumberGenerator.GetBytes(32));

    /// <summary>The audit log the silos write to (in memory; a test may arm one append to fail).</summary>
    public RefusingAuditLog Audit { get; } = new(new InMemoryAuditLog());

    /// <summary>The platform clock of every silo.</summary>
    public ShiftedClock Clock { get; } = new();

    /// <summary>Every reminder tick delivered on any silo.</summary>
    public ReminderTicks Ticks { get; } = new();

    /// <summary>The period of the satellites' alert reminders and the case books' retention reminders here.</summary>
    public static readonly TimeSpan ReminderPeriod = TimeSpan.FromSeconds(2);

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var connectionString = await (await TestPostgres.Shared).CreateDatabaseAsync("test_cluster");
        await StorageSchema.ApplyAsync(connectionString, CancellationToken.None);
        var keys = new TenantKeyStore(connectionString, KeyEncryptionKey.FromBytes(RandomNumberGenerator.GetBytes(32)), NullLogger<TenantKeyStore>.Instance);

        var builder = new InProcessTestClusterBuilder(3);
        builder.ConfigureSilo((_, silo) =>
        {
            silo.Services.AddSingleton<PlatformClock>(Clock);
            silo.Services.AddPlatformTenants();
            silo.Services.AddSingleton(Signer);
            silo.Services.AddSingleton<IAuditLog>(Audit);
            silo.Services.AddSingleton<ITenantKeyStore>(keys);
            silo.Services.AddSingleton<Platform.Tenants.Security.IBlindIndex, HmacBlindIndex>();
            silo.AddPlatformCallFilters();
            silo.AddAdoNetGrainStorage(StorageNames.Platform, o =>
            {
                o.Invariant = OrleansHostingExtensions.NpgsqlInvariant;
                o.ConnectionString = connectionString;
            });

            silo.Services.AddEncryptedPlatformStorageSerializer();
            // Reminders in the database, as in production: a reminder outlives the silo that held it.
            silo.UseAdoNetReminderService(o =>
            {
                o.Invariant = OrleansHostingExtensions.NpgsqlInvariant;
                o.ConnectionString = connectionString;
            });
            silo.Configure<ReminderOptions>(o => o.MinimumReminderPeriod = ReminderPeriod);
            silo.Services.Configure<Platform.Tenants.Satellites.SatelliteOptions>(o => o.AlertCheckPeriod = ReminderPeriod);
            silo.Services.Configure<Platform.Tenants.Cases.RetentionOptions>(o => o.CheckPeriod = ReminderPeriod);
            silo.Services.AddSingleton(Ticks);
            silo.AddIncomingGrainCallFilter<ReminderTicks.Recorder>();

            // A killed silo is declared dead within seconds, not the production minute, and by
            // one voter: a test that kills two of three silos leaves only one to vote.
            silo.Configure<ClusterMembershipOptions>(o =>
            {
                o.ProbeTimeout = TimeSpan.FromSeconds(2);
                o.NumMissedProbesLimit = 3;
                o.NumVotesForDeathDeclaration = 1;
            });
            silo.Services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));

            // Grains spread at random. The default placement picks the least loaded silo, so after
            // a test adds a fresh silo every new activation lands there, and the tests that need a
            // grain away from a given silo would look for one in vain.
            silo.Services.AddSingleton<Orleans.Runtime.PlacementStrategy, Orleans.Runtime.RandomPlacement>();
        });
        _cluster = builder.Build();
        await _cluster.DeployAsync();
    }

    /// <summary>The grain factory of silo <paramref name="index"/>: calls made with it enter the cluster there.</summary>
    public IGrainFactory EnterAt(int index) => Cluster.Silos[index].ServiceProvider.GetRequiredService<IGrainFactory>();

    /// <summary>The silo that holds the activation of <paramref name="grain"/>, or -1 when none does.</summary>
    public int SiloOf(IAddressable grain)
    {
        var id = grain.GetGrainId();
        return Cluster.TryGetGrainContext(id, out var context)
            ? Cluster.Silos.ToList().FindIndex(s => s.SiloAddress.Equals(context.Address.SiloAddress))
            : -1;
    }

    /// <summary>Makes <paramref name="call"/> as <paramref name="caller"/> (sealed with <paramref name="signer"/>, the cluster's when null).</summary>
    public async Task<T> As<T>(Caller caller, Func<Task<T>> call, CallerSigner? signer = null)
    {
        CallerContext.Set((signer ?? Signer).Seal(caller));
        try
        {
            return await call();
        }
        finally
        {
            CallerContext.Set(null);
        }
    }

    /// <summary>Brings the cluster back to three active silos after a test stopped or killed some.</summary>
    public async Task RestoreAsync()
    {
        while (Cluster.GetActiveSilos().Count() < 3)
        {
            await Cluster.StartAdditionalSiloAsync();
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_cluster is not null)
        {
            await _cluster.StopAllSilosAsync();
            await _cluster.DisposeAsync();
        }
    }
}

/// <summary>The tests on the in-process test cluster, one after another on one cluster.</summary>
[CollectionDefinition(Name)]
public sealed class TestClusterCollection : ICollectionFixture<PlatformTestCluster>
{
    /// <summary>The collection's name.</summary>
    public const string Name = "test cluster";
}
