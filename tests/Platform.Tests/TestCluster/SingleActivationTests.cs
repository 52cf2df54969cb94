namespace Platform.Tests.TestCluster;

/// <summary>
/// One activation per grain across the cluster while silos come and go: concurrent case openings
/// in one tenant, entering at every silo while one silo is stopped and another added, each
/// index their case in the tenant's one case book and draw a number from its one counter.
/// </summary>
[Collection(TestClusterCollection.Name)]
public sealed class SingleActivationTests(PlatformTestCluster cluster)
{
    private const string Tenant = "012190";
    private const int Cases = 90;

    [Fact]
    public async Task ConcurrentOpeningsFromAllSilos_DuringASiloStop_LoseNoIndexEntry_AndConflictNever()
    {
        var worker = new Caller("cluster-caseworker-012190", Tenant, [Roles.Caseworker]);
        var ids = Enumerable.Range(0, Cases).Select(_ => $"{Tenant}/{Guid.NewGuid():N}").ToArray();
        var errors = new ConcurrentQueue<string>();
        var silos = cluster.Cluster.Silos.ToList();
        var stopped = -1;

        async Task Open(int n)
        {
            for (var attempt = 0; ; attempt++)
            {
                // Round robin over the silos still up; a retry carries the same mutation id.
                var up = Enumerable.Range(0, silos.Count).Where(i => i != Volatile.Read(ref stopped)).ToArray();
                var factory = silos[up[(n + attempt) % up.Length]].ServiceProvider.GetService(typeof(IGrainFactory)) as IGrainFactory;
                try
                {
                    var result = await cluster.As(worker, () => factory!.GetGrain<ICaseGrain>(ids[n]).Open(
                        new CaseIntake(new DateOnly(2025, 4, 1), ReferralSource.Family, null, null, null, [], null, null), $"open-{n}"));
                    Assert.True(result.Errors.IsEmpty, string.Join(", ", result.Errors.Select(e => e.Code)));
                    return;
                }
                catch (Exception ex) when (attempt < 20 && ex is not Xunit.Sdk.XunitException)
                {
                    // A silo going away may fail a call in flight; anything else is kept for the assertion.
                    // A conflict reaches the caller as StorageUnavailableException (StorageFailureFilter).
                    if (ex is StorageUnavailableException or Orleans.Storage.InconsistentStateException || ex.InnerException is Orleans.Storage.InconsistentStateException)
                    {
                        errors.Enqueue($"case {n}: {ex.GetType().Name}: {ex.Message}");
                    }

                    await Task.Delay(200);
                }
            }
        }

        try
        {
            var first = Task.WhenAll(Enumerable.Range(0, Cases / 2).Select(n => Task.Run(() => Open(n))));
            Volatile.Write(ref stopped, 2);
            var stopping = cluster.Cluster.StopSiloAsync(silos[2]);
            var second = Task.WhenAll(Enumerable.Range(Cases / 2, Cases / 2).Select(n => Task.Run(() => Open(n))));
            await stopping;
            var added = await cluster.Cluster.StartAdditionalSiloAsync();
            await Task.WhenAll(first, second);
            Assert.True(added.IsActive);
        }
        finally
        {
            await cluster.RestoreAsync();
        }

        Assert.Empty(errors);

        // Every case is in the one book, once, each with its own number.
        var page = await cluster.As(new Caller("cluster-supervisor-012190", Tenant, [Roles.Supervisor]),
            () => cluster.Cluster.Client.GetGrain<ICaseBookGrain>(Tenant).List(null, null, null, 200));
        Assert.Equal(Cases, page.TotalCount);
        Assert.Equal(ids.Order(), page.Items.Select(i => i.CaseId.Contains('/', StringComparison.Ordinal) ? i.CaseId : $"{Tenant}/{i.CaseId}").Order());
        Assert.Equal(Cases, page.Items.Select(i => i.CaseNumber).Distinct().Count());
    }
}
