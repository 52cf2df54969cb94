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

    [Theory]
    [InlineData(ConnectionBudget.StoragePoolSetting)]
    [InlineData(ConnectionBudget.AuditPoolSetting)]
    public async Task APooledConnection_IsNotReset_AndKeepsItsPreparedStatements_FromOneUseToTheNext(string pool)
    {
        // A grain write is the same few statements again and again. Reset on every return to the
        // pool and never prepared, each was parsed and planned anew: half of the server's CPU per
        // case mutation. Prepared but still reset, the reset alone cost a third of the writes'
        // throughput (docs/benchmark.md). A reset would clear the mark set on the first use.
        var postgres = await TestPostgres.Shared;
        var database = await postgres.CreateDatabaseAsync("budget");
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { [pool] = "1" }).Build();
        var connectionString = pool == ConnectionBudget.StoragePoolSetting
            ? ConnectionBudget.ForStorage(database, settings)
            : ConnectionBudget.ForAudit(database, settings);

        await using (var first = new NpgsqlConnection(connectionString))
        {
            await first.OpenAsync();
            await using var mark = new NpgsqlCommand("SELECT set_config('platform.test_mark', 'kept', false)", first);
            await mark.ExecuteScalarAsync();
        }

        for (var use = 0; use < 8; use++)
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync();
            await using (var mark = new NpgsqlCommand("SELECT current_setting('platform.test_mark', true)", connection))
            {
                Assert.Equal("kept", await mark.ExecuteScalarAsync());
            }

            await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_class WHERE relname = @name", connection);
            command.Parameters.AddWithValue("name", "pg_class");
            Assert.Equal(1L, await command.ExecuteScalarAsync());
        }

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync();
            await using var prepared = new NpgsqlCommand("SELECT statement FROM pg_prepared_statements", connection);
            var statements = new List<string>();
            await using (var reader = await prepared.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                    statements.Add(reader.GetString(0));
            }

            Assert.Contains(statements, s => s.Contains("relname = $1", StringComparison.Ordinal));
        }

        NpgsqlConnection.ClearPool(new NpgsqlConnection(connectionString));
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
