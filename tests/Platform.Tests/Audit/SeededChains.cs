namespace Platform.Tests.Audit;

/// <summary>
/// A fresh database whose audit log holds two tenants' chains of five case reads each: what the
/// tamper tests change behind the log's back, one tenant's chain and its neighbour's.
/// </summary>
internal sealed class SeededChains : IAsyncDisposable
{
    private SeededChains(string database, PostgresAuditLog log)
    {
        Database = database;
        Log = log;
    }

    /// <summary>The database's superuser connection string.</summary>
    public string Database { get; }

    /// <summary>The log the chains were written through.</summary>
    public PostgresAuditLog Log { get; }

    /// <summary>The tenant whose chain the tests tamper with.</summary>
    public string Tenant { get; } = AuditSamples.NewTenant();

    /// <summary>A second tenant, whose chain must stay intact (or is the one removed).</summary>
    public string Neighbour { get; } = AuditSamples.NewTenant();

    /// <summary>Creates the database and writes both chains, interleaved.</summary>
    public static async Task<SeededChains> CreateAsync()
    {
        var database = await AuditDatabase.CreateAsync();
        var chains = new SeededChains(database, new PostgresAuditLog(database, AuditDatabase.Key));
        for (var i = 1; i <= 5; i++)
        {
            await chains.Log.AppendAsync(AuditSamples.CaseRead(chains.Tenant, $"case-{i}"));
            await chains.Log.AppendAsync(AuditSamples.CaseRead(chains.Neighbour, $"case-{i}"));
        }

        return chains;
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => Log.DisposeAsync();
}
