using Platform.Tenants.Access;

namespace Platform.Silo.DirectorySeeding;

/// <summary>
/// Loads the tenant directory's starting data once the silo runs and before Kestrel takes requests (hosted
/// services start in order, and the web server starts after them), then reports the time.
/// </summary>
public sealed class DirectorySeeder(IGrainFactory grains, CallerSigner signer, DirectoryReadiness readiness, ILogger<DirectorySeeder> logger) : IHostedService
{
    /// <inheritdoc />
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        using var system = CallerContext.EnterSystem(signer);
        var report = await EnsureSeededAsync(cancellationToken);
        readiness.MarkReady(clock.Elapsed);
        if (report.AlreadySeeded)
        {
            logger.LogInformation(
                "Directory ready: {Prefectures} prefectures, {Municipalities} municipalities (loaded earlier; checked in {Elapsed} ms)",
                report.Prefectures, report.Municipalities, clock.ElapsedMilliseconds);
        }
        else
        {
            logger.LogInformation(
                "Directory loaded: {Prefectures} prefectures, {Municipalities} municipalities, {Programs} starting programs in {Elapsed} ms",
                report.Prefectures, report.Municipalities, report.ProgramsLoaded, clock.ElapsedMilliseconds);
        }
    }

    // Seeding is idempotent. Silos that start together race for the directory's first write (one
    // loses the version check) and for the database while it is busy: a transient failure is
    // retried rather than ending the process.
    private async Task<SeedReport> EnsureSeededAsync(CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await grains.Grain<IDirectoryGrain>(IDirectoryGrain.Key).EnsureSeeded();
            }
            catch (Exception ex) when (attempt < SeedAttempts && Platform.GraphQL.Errors.TransientFaults.IsTransient(ex))
            {
                logger.LogWarning("Loading the directory failed ({Failure}); retry {Attempt} of {Attempts}", ex.GetType().Name, attempt, SeedAttempts - 1);
                await Task.Delay(TimeSpan.FromSeconds(attempt), cancellationToken);
            }
        }
    }

    private const int SeedAttempts = 6;

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
