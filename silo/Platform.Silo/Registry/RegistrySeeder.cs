using System.Diagnostics;
using Platform.Tenants.Access;
using Platform.Tenants.Directory;

namespace Platform.Silo.Registry;

/// <summary>
/// Loads the tenant registry once the silo runs and before Kestrel takes requests (hosted
/// services start in order, and the web server starts after them), then reports the time.
/// </summary>
public sealed class RegistrySeeder(IGrainFactory grains, CallerSigner signer, RegistryReadiness readiness, ILogger<RegistrySeeder> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var system = CallerContext.EnterSystem(signer);
        var report = await grains.GetGrain<IRegistryGrain>(IRegistryGrain.Key).EnsureSeeded();
        readiness.MarkReady(clock.Elapsed);
        if (report.AlreadySeeded)
        {
            logger.LogInformation(
                "Registry ready: {Prefectures} prefectures, {Municipalities} municipalities (loaded earlier; checked in {Elapsed} ms)",
                report.Prefectures, report.Municipalities, clock.ElapsedMilliseconds);
        }
        else
        {
            logger.LogInformation(
                "Registry loaded: {Prefectures} prefectures, {Municipalities} municipalities, {Programs} starting programs in {Elapsed} ms",
                report.Prefectures, report.Municipalities, report.ProgramsLoaded, clock.ElapsedMilliseconds);
        }
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
