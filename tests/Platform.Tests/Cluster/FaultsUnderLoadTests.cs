using Xunit.Abstractions;

namespace Platform.Tests.Cluster;

/// <summary>
/// Three silo processes behind a <see cref="ReadyBalancer"/> under a caseworker's steady load,
/// and a fault staged in the middle: one silo killed with SIGKILL, or PostgreSQL restarted.
/// Requests may fail while the fault lasts, but only as <c>UNAVAILABLE</c> with
/// <c>retryable: true</c> (or, for requests the killed silo had in flight, with no answer at
/// all, which a load balancer answers 502): never <c>INTERNAL</c>. Each write is retried with
/// its <c>clientMutationId</c> until acknowledged, and each is stored exactly once.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class FaultsUnderLoadTests(ITestOutputHelper output)
{
    [Fact]
    public async Task KillNine_OneOfThreeSilosUnderLoad_FailsOnlyAsRetryable_LosesNothing_AppliesNothingTwice()
    {
        var database = await (await TestPostgres.Shared).CreateDatabaseAsync("cluster_kill_load");
        SiloProcess? victim = null;
        var killedAt = DateTime.MinValue;
        var detected = TimeSpan.Zero;
        var attempts = await RunUnderLoadAsync(database, async silos =>
        {
            victim = silos[2];
            victim.Kill();
            killedAt = DateTime.UtcNow;
            detected = await MembershipRows.WaitUntilDeadAsync(database, victim.SiloPort, killedAt, TimeSpan.FromSeconds(30));
            await Task.Delay(TimeSpan.FromSeconds(2));
        });

        var failures = attempts.Where(a => !a.Succeeded).ToList();
        var recovered = failures.Count == 0 ? TimeSpan.Zero : failures.Max(a => a.At) - killedAt;
        output.WriteLine($"kill -9: declared dead {detected.TotalSeconds:F1} s after the kill; last failed request {recovered.TotalSeconds:F1} s after it");

        // Requests the victim had in flight get no answer (a load balancer answers them 502);
        // every other failure must be the platform's own retryable UNAVAILABLE.
        Assert.All(failures.Where(a => a.Status != 0 || a.Silo != victim!.Address), AssertRetryable);
        Assert.True(recovered < TimeSpan.FromSeconds(30), $"requests still failed {recovered.TotalSeconds:F1} s after the kill");
    }

    [Fact]
    public async Task PostgresRestart_UnderLoadOnThreeSilos_FailsOnlyAsRetryable_LosesNothing_AppliesNothingTwice()
    {
        // A server of its own, durable: stopping the shared one would fail the other tests, and
        // the throwaway one's immediate shutdown loses acknowledged commits.
        var postgres = await TestPostgres.StartDurableAsync();
        try
        {
            var database = await postgres.CreateDatabaseAsync("cluster_pg_restart");
            var stoppedAt = DateTime.MinValue;
            var startedAt = DateTime.MinValue;
            var attempts = await RunUnderLoadAsync(database, async _ =>
            {
                stoppedAt = DateTime.UtcNow;
                await postgres.Server.StopAsync();
                await postgres.Server.RestartAsync(CancellationToken.None);
                startedAt = DateTime.UtcNow;
                await Task.Delay(TimeSpan.FromSeconds(3));
            });

            var failures = attempts.Where(a => !a.Succeeded).ToList();
            var recovered = failures.Count == 0 ? TimeSpan.Zero : failures.Max(a => a.At) - startedAt;
            output.WriteLine($"PostgreSQL restart: down for {(startedAt - stoppedAt).TotalSeconds:F1} s; last failed request {recovered.TotalSeconds:F1} s after it answered again");
            Assert.All(failures, AssertRetryable);
            Assert.True(recovered < TimeSpan.FromSeconds(15), $"requests still failed {recovered.TotalSeconds:F1} s after PostgreSQL was back");
        }
        finally
        {
            await postgres.DisposeAsync();
        }
    }

    // Starts three silos, runs the load for 2 s and until a dozen writes are acknowledged, stages the fault, keeps the load on until the
    // fault returns, then checks every acknowledged write; returns every attempt for the fault's own checks.
    private async Task<List<ClusterLoad.Attempt>> RunUnderLoadAsync(string database, Func<List<SiloProcess>, Task> fault)
    {
        var data = TestPostgres.CreateTemporaryFolder();
        var silos = Enumerable.Range(0, 3).Select(_ => ClusterSilo.Start(database, data, RollingRestartTests.DrainSettings)).ToList();
        try
        {
            await Task.WhenAll(silos.Select(s => s.WaitUntilReadyAsync(TimeSpan.FromMinutes(2))));
            await using var balancer = new ReadyBalancer();
            using var load = await ClusterLoad.PrepareAsync(balancer, silos, data, "fault-drill-caseworker");
            using var stop = new CancellationTokenSource();
            var running = load.RunAsync(workers: 4, stop.Token);
            // Writes acknowledged before the fault are what it must not lose: on a loaded machine
            // fresh silos answer slowly, so the fault waits for a dozen of them (2 s at least).
            var loadStarted = DateTime.UtcNow;
            await Task.Delay(TimeSpan.FromSeconds(2));
            while (load.Acknowledged < 12 && DateTime.UtcNow - loadStarted < TimeSpan.FromSeconds(30))
                await Task.Delay(TimeSpan.FromMilliseconds(100));
            output.WriteLine($"{load.Acknowledged} writes acknowledged before the fault, after {(DateTime.UtcNow - loadStarted).TotalSeconds:F1} s");
            await fault(silos);
            await stop.CancelAsync();
            await running;

            var attempts = load.Attempts.ToList();
            output.WriteLine(LoadFigures.Of(attempts).ToString());
            foreach (var failure in attempts.Where(a => !a.Succeeded).GroupBy(a => $"{a.Kind} {a.Status} {a.Code} {a.Retryable}: {Shorten(a.Detail)}").Take(10))
            {
                output.WriteLine($"  {failure.Count()} × {failure.Key}");
            }

            foreach (var line in silos.SelectMany(s => s.ExceptionLines).Where(l => l.StartsWith("INTERNAL> ", StringComparison.Ordinal)))
            {
                output.WriteLine($"  silo log: {Shorten(line)}");
            }

            foreach (var line in silos.SelectMany(s => s.ExceptionLines).GroupBy(Shorten).OrderByDescending(g => g.Count()).Take(12))
            {
                output.WriteLine($"  silo log: {line.Count()} × {line.Key}");
            }

            var reader = silos.First(s => !s.HasExited);
            var (lost, doubled, problems) = await load.VerifyAsync(reader.Address);
            output.WriteLine($"acknowledged {load.Acknowledged} writes; lost {lost}, doubled {doubled}");
            Assert.Empty(problems);
            Assert.True(load.Acknowledged >= 20, $"only {load.Acknowledged} writes acknowledged");
            return attempts;
        }
        finally
        {
            foreach (var silo in silos)
            {
                await silo.DisposeAsync();
            }
        }
    }

    private static void AssertRetryable(ClusterLoad.Attempt failure) =>
        Assert.True(failure.Code == "UNAVAILABLE" && failure.Retryable,
            $"{failure.Kind} failed as {failure.Status} {failure.Code ?? "(no code)"} (retryable: {failure.Retryable}): {Shorten(failure.Detail)}");

    private static string? Shorten(string? text) => text is { Length: > 400 } ? text[..400] : text;
}
