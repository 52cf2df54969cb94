namespace Platform.Tests.Cluster;

/// <summary>Our membership schema and queries, as a silo with ADO.NET clustering uses them.</summary>
[Collection(ClusterCollection.Name)]
public sealed class MembershipTableTests
{
    [Fact]
    public async Task Silo_JoinsAsActive_AndOnAGracefulStopLeavesAsDead()
    {
        var database = await (await TestPostgres.Shared).CreateDatabaseAsync("cluster_membership");
        var host = await PlatformHost.StartAsync(database, extraSettings: new Dictionary<string, string?>
        {
            ["Cluster:Membership"] = "AdoNet",
            ["Cluster:AdvertisedAddress"] = "127.0.0.1",
        });
        var siloPort = int.Parse(host.App.Configuration["Platform:SiloPort"]!);
        try
        {
            var table = host.App.Services.GetRequiredService<IMembershipTable>();
            var all = await table.ReadAllAsync(CancellationToken.None);
            var self = Assert.Single(all.Members).Item1;
            Assert.Equal(SiloStatus.Active, self.Status);
            Assert.Equal(siloPort, self.SiloAddress.Endpoint.Port);
            Assert.True(all.Version.Version > 0);

            var row = await table.ReadRowAsync(self.SiloAddress, CancellationToken.None);
            Assert.Equal(self.SiloAddress, Assert.Single(row.Members).Item1.SiloAddress);
            Assert.Equal(MembershipRows.Active, await MembershipRows.StatusAsync(database, siloPort));
        }
        finally
        {
            await host.DisposeAsync();
        }

        // A graceful stop says goodbye: the others need not wait to declare it dead.
        Assert.Equal(MembershipRows.Dead, await MembershipRows.StatusAsync(database, siloPort));
    }

    [Fact]
    public async Task InsertRow_WithAStaleTableVersion_IsRefused()
    {
        var database = await (await TestPostgres.Shared).CreateDatabaseAsync("cluster_membership");
        await using var host = await PlatformHost.StartAsync(database, extraSettings: new Dictionary<string, string?>
        {
            ["Cluster:Membership"] = "AdoNet",
            ["Cluster:AdvertisedAddress"] = "127.0.0.1",
        });
        var table = host.App.Services.GetRequiredService<IMembershipTable>();
        var snapshot = await table.ReadAllAsync(CancellationToken.None);

        Assert.True(await table.InsertRowAsync(Joining(1, "stranger"), snapshot.Version.Next(), CancellationToken.None));

        // Same version again: someone (we) moved the table on since it was read.
        Assert.False(await table.InsertRowAsync(Joining(2, "late"), snapshot.Version.Next(), CancellationToken.None));
    }

    // A silo joining from a loopback port.
    private static MembershipEntry Joining(int port, string name) => new()
    {
        SiloAddress = SiloAddress.New(new IPEndPoint(IPAddress.Loopback, port), 1),
        SiloName = name,
        HostName = "test",
        Status = SiloStatus.Joining,
        StartTime = DateTime.UtcNow,
        IAmAliveTime = DateTime.UtcNow,
    };
}
