using Platform.Silo.Storage;

namespace Platform.Silo.Orleans;

/// <summary>Stops the PostgreSQL server this process started, once everything using it has stopped.</summary>
public sealed class LocalPostgresLifetime(LocalPostgres server, ILogger<LocalPostgresLifetime> logger) : IHostedService
{
    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("Stopping the local PostgreSQL server in {Directory}", server.DataDirectory);
        await server.StopAsync();
    }
}
