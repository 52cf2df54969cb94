using Platform.Silo.Orleans;

namespace Platform.Silo.Storage;

/// <summary>
/// Opens the platform's database as the host starts, before anything uses it: starts the local
/// PostgreSQL in the data folder when no <c>ConnectionStrings:Platform</c> is given, applies the
/// schema as the owner, checks durability and the runtime login (<see cref="RuntimeLogin"/>), and
/// fills <see cref="PlatformConnection"/>. It runs in the host's "starting" step, so it is awaited
/// with the host's cancellation, and the silo, the start-up migrations and Kestrel all come after it.
/// Stops the local server once everything else has stopped, unless other silos share it.
/// </summary>
public sealed class PlatformDatabaseStartup(
    PlatformConnection connection,
    IConfiguration configuration,
    IHostEnvironment environment,
    IOptions<PlatformOptions> options,
    IOptions<PlatformClusterOptions> cluster,
    ILogger<PlatformDatabaseStartup> logger) : IHostedLifecycleService
{
    private LocalPostgres? stopWithHost;

    /// <inheritdoc />
    public async Task StartingAsync(CancellationToken cancellationToken)
    {
        if (!connection.IsDurable)
        {
            logger.LogWarning(
                "IN-MEMORY RUN: grain state is kept in memory only and is LOST when this process stops. " +
                "Do not enter real data. Start without --in-memory for a durable run.");
            return;
        }

        var clock = Stopwatch.StartNew();
        try
        {
            await OpenAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogCritical("The platform database could not be opened; the platform does not start: {Reason}", ex.Message);
            throw;
        }

        logger.LogInformation("Platform database open after {ElapsedMs} ms", clock.ElapsedMilliseconds);
    }

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>After every hosted service (the silo included) has stopped: stops the local server this process owns.</summary>
    public async Task StoppedAsync(CancellationToken cancellationToken)
    {
        if (stopWithHost is { } server)
        {
            logger.LogInformation("Stopping the local PostgreSQL server in {Directory}", server.DataDirectory);
            await server.StopAsync();
        }
    }

    private async Task OpenAsync(CancellationToken ct)
    {
        var runtime = configuration.GetConnectionString("Platform");
        var migrations = configuration.GetConnectionString(RuntimeLogin.MigrationsConnectionName);
        LocalPostgres? local = null;
        if (string.IsNullOrWhiteSpace(runtime))
        {
            local = await LocalPostgres.StartAsync(options.Value.DataPath, logger, ct);
            if (cluster.Value.IsShared)
            {
                // Other silos on this machine share the data folder, and so this server:
                // stopping it with this silo would take the database from under them.
                logger.LogInformation("The local PostgreSQL is left running when this silo stops (shared cluster); stop it with pg_ctl stop -D {Directory}", Path.Combine(local.DataDirectory, "pg"));
            }
            else
            {
                stopWithHost = local;
            }
        }

        // The owner applies the schema; the silo runs as a login that owns nothing.
        runtime = await RuntimeLogin.PrepareAsync(configuration, environment.IsProduction(), runtime, migrations, local, logger, ct);
        if (local is not null && ConnectionBudget.Total(configuration) >= ConnectionBudget.LocalMaxConnections)
        {
            logger.LogWarning("The connection budget ({Total}) does not fit the local PostgreSQL's max_connections ({Max}); lower Storage:MaxPoolSize, Audit:MaxPoolSize or Storage:MaxSilos",
                ConnectionBudget.Total(configuration), ConnectionBudget.LocalMaxConnections);
        }

        connection.Open(ConnectionBudget.ForStorage(runtime, configuration), local);
    }
}
