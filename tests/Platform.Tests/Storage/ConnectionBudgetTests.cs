using Platform.GraphQL.Infrastructure;

namespace Platform.Tests.Storage;

/// <summary>One silo's share of PostgreSQL connections, and one request's share of a silo's.</summary>
public sealed class ConnectionBudgetTests
{
    private const string Database = "Host=127.0.0.1;Port=5432;Database=platform;Username=platform";

    [Fact]
    public void PoolSizesAndTheWaitForAConnection_ComeFromSettings()
    {
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            [ConnectionBudget.StoragePoolSetting] = "12",
            [ConnectionBudget.AuditPoolSetting] = "4",
            [ConnectionBudget.PoolTimeoutSetting] = "2",
        }).Build();

        var storage = new NpgsqlConnectionStringBuilder(ConnectionBudget.ForStorage(Database, settings));
        var audit = new NpgsqlConnectionStringBuilder(ConnectionBudget.ForAudit(Database, settings));

        Assert.Equal((12, 2), (storage.MaxPoolSize, storage.Timeout));
        Assert.Equal((4, 2), (audit.MaxPoolSize, audit.Timeout));
    }

    [Fact]
    public void DefaultBudget_FitsTheLocalServer_AndWaitsSecondsNotFifteen()
    {
        var none = new ConfigurationBuilder().Build();

        Assert.True(ConnectionBudget.Total(none) < ConnectionBudget.LocalMaxConnections - 3, $"{ConnectionBudget.Total(none)} connections");
        Assert.True(new NpgsqlConnectionStringBuilder(ConnectionBudget.ForStorage(Database, none)).Timeout <= 5);
    }

    [Fact]
    public async Task ManyGrainReads_RunAFewAtATime_AndKeepTheirOrder()
    {
        var running = 0;
        var most = 0;

        var results = await GrainReads.SelectAsync(Enumerable.Range(0, 50).ToList(), async i =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref most, now);
            await Task.Delay(5);
            Interlocked.Decrement(ref running);
            return i * 2;
        });

        Assert.Equal(Enumerable.Range(0, 50).Select(i => i * 2), results);
        Assert.InRange(most, 1, GrainReads.MaxParallel);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        for (var seen = Volatile.Read(ref target); value > seen; seen = Volatile.Read(ref target))
        {
            if (Interlocked.CompareExchange(ref target, value, seen) == seen)
                return;
        }
    }
}
