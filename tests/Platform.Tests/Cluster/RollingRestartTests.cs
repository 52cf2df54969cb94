using Xunit.Abstractions;

namespace Platform.Tests.Cluster;

/// <summary>
/// Three silo processes on one PostgreSQL behind a <see cref="ReadyBalancer"/>, a caseworker's
/// steady stream of writes and reads, and each silo in turn stopped with SIGTERM and started
/// again: the drain must let the balancer move away before the silo stops listening, and the
/// grains must hand over without a request failing.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class RollingRestartTests(ITestOutputHelper output)
{
    /// <summary>Drain settings short enough for a test, long enough for probes every 200 ms.</summary>
    public static readonly string[] DrainSettings = ["Operations:DrainDelaySeconds=3", "Operations:ShutdownTimeoutSeconds=20"];

    [Fact]
    public async Task RollingRestart_UnderLoad_FailsNoRequest_AndKeepsEveryAcknowledgedWriteExactlyOnce()
    {
        var database = await (await TestPostgres.Shared).CreateDatabaseAsync("cluster_rolling");
        var data = TestPostgres.CreateTemporaryFolder();
        var silos = Enumerable.Range(0, 3).Select(_ => ClusterSilo.Start(database, data, DrainSettings)).ToList();
        var original = silos.ToList();
        var started = new List<SiloProcess>();
        try
        {
            await Task.WhenAll(silos.Select(s => s.WaitUntilReadyAsync(TimeSpan.FromMinutes(2))));
            output.WriteLine($"first start to ready: {string.Join(", ", silos.Select(s => $"{s.StartToReady!.Value.TotalSeconds:F1} s"))} (three at once)");
            await using var balancer = new ReadyBalancer();
            using var load = await ClusterLoad.PrepareAsync(balancer, silos, data, "rolling-restart-caseworker");
            using var stop = new CancellationTokenSource();
            var running = load.RunAsync(workers: 4, stop.Token);
            await Task.Delay(TimeSpan.FromSeconds(2));

            // As k8s/ rolls a Deployment (maxSurge 1, maxUnavailable 0): a new silo starts; once
            // it is ready an old one gets SIGTERM, and the next new one starts while it drains.
            var exits = new List<Task>();
            for (var i = 0; i < silos.Count; i++)
            {
                var fresh = ClusterSilo.Start(database, data, DrainSettings);
                started.Add(fresh);
                balancer.Add(fresh);
                await fresh.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
                var old = silos[i];
                silos[i] = fresh;
                exits.Add(TerminateAsync(balancer, old, i, fresh.StartToReady!.Value));
            }

            await Task.WhenAll(exits);
            await Task.Delay(TimeSpan.FromSeconds(1));
            await stop.CancelAsync();
            await running;

            var attempts = load.Attempts.ToList();
            var figures = LoadFigures.Of(attempts);
            output.WriteLine($"rolling restart: {figures}");
            foreach (var failure in attempts.Where(a => !a.Succeeded).GroupBy(a => $"{a.Kind} {a.Status} {a.Code}: {Shorten(a.Detail)}").Take(10))
            {
                output.WriteLine($"  {failure.Count()} × {failure.Key}");
            }

            var (lost, doubled, problems) = await load.VerifyAsync(silos[0].Address);
            var conflicts = original.Concat(started).SelectMany(s => s.ExceptionLines).Where(IsVersionConflict).ToList();
            output.WriteLine($"acknowledged {load.Acknowledged} writes; lost {lost}, doubled {doubled}; " +
                $"version conflicts (InconsistentStateException) in the silos' logs: {conflicts.Count}");
            foreach (var line in original.Concat(started).SelectMany(s => s.ExceptionLines).GroupBy(Shorten).Take(10))
            {
                output.WriteLine($"  {line.Count()} × {line.Key}");
            }

            Assert.Empty(problems);
            Assert.True(load.Acknowledged > 100, $"only {load.Acknowledged} writes during the restarts");
            Assert.Equal(0, figures.Failed);
        }
        finally
        {
            foreach (var silo in original.Concat(started))
            {
                await silo.DisposeAsync();
            }
        }
    }

    // SIGTERM, then the balancer's view and the exit, timed from the signal.
    private async Task TerminateAsync(ReadyBalancer balancer, SiloProcess old, int index, TimeSpan successorReady)
    {
        var terminated = DateTime.UtcNow;
        old.Terminate();
        var exitCode = await old.WaitForExitAsync(TimeSpan.FromSeconds(60));
        var exited = DateTime.UtcNow;
        var probedOut = balancer.LeftAt(old);
        balancer.Remove(old);
        output.WriteLine($"silo {index}: its successor was ready {successorReady.TotalSeconds:F1} s after its start; SIGTERM; probed out of the balancer " +
            $"{(probedOut - terminated)?.TotalSeconds:F1} s later, exited {(exited - terminated).TotalSeconds:F1} s later with {exitCode}");
        Assert.Equal(0, exitCode);
    }

    /// <summary>A line of a silo's log that tells of a write refused by the version (ETag) check.</summary>
    public static bool IsVersionConflict(string line) => line.Contains("InconsistentStateException", StringComparison.Ordinal);

    private static string? Shorten(string? text) => text is { Length: > 240 } ? text[..240] : text;
}
