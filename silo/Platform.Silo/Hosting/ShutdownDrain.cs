namespace Platform.Silo.Hosting;

/// <summary>
/// Holds shutdown back for <c>Operations:DrainDelaySeconds</c> after SIGTERM: readiness answers
/// 503 (<c>stopping</c>) at once while Kestrel keeps listening and serving, so load balancers
/// and Kubernetes take the pod out of their endpoints before it stops accepting connections.
/// Only then does the host stop Kestrel (requests in flight finish) and the silo (grains are
/// deactivated and hand over to the other silos).
/// </summary>
/// <remarks>
/// <see cref="IHostedLifecycleService.StoppingAsync"/> runs before any hosted service (Kestrel's
/// included) is stopped. Endpoint removal is
/// asynchronous, driven by failed readiness probes: the delay must outlast the probe's period
/// times its failure threshold.
/// </remarks>
internal sealed class ShutdownDrain(TimeSpan delay, IHostApplicationLifetime lifetime, ILogger<ShutdownDrain> logger) : IHostedLifecycleService
{
    /// <inheritdoc/>
    public async Task StoppingAsync(CancellationToken cancellationToken)
    {
        // SIGTERM signals ApplicationStopping before the host stops; a host stopped any other way
        // signals it only after this method. Signalled here, readiness answers 503 either way.
        lifetime.StopApplication();
        if (delay <= TimeSpan.Zero)
            return;

        logger.LogInformation("Shutdown: readiness answers 503; still serving for {Delay} while load balancers drain this silo", delay);
        try
        {
            await Task.Delay(delay, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // The shutdown budget ran out: stop now.
        }
    }

    /// <inheritdoc/>
    public Task StartingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <inheritdoc/>
    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
