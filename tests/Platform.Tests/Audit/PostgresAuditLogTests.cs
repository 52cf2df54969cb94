namespace Platform.Tests.Audit;

/// <summary>The PostgreSQL audit log, on its own fresh database per test, held to the shared contract.</summary>
public sealed class PostgresAuditLogTests : AuditLogContractTests, IAsyncLifetime
{
    private readonly List<PostgresAuditLog> logs = [];

    /// <inheritdoc />
    protected override async Task<IAuditLog> CreateLogAsync()
    {
        var log = new PostgresAuditLog(await AuditDatabase.CreateAsync(), AuditDatabase.Key);
        logs.Add(log);
        return log;
    }

    /// <inheritdoc />
    public Task InitializeAsync() => Task.CompletedTask;

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        foreach (var log in logs)
        {
            await log.DisposeAsync();
        }
    }
}
