namespace Platform.Tests.TestCluster;

/// <summary>
/// The tenant call filter and the sealed caller context on a call that enters the cluster at one
/// silo and runs on another: the check happens where the grain runs, whatever silo the call came in by.
/// </summary>
[Collection(TestClusterCollection.Name)]
public sealed class CrossSiloAccessTests(PlatformTestCluster cluster)
{
    // Municipalities of this test only, so each case book is fresh.
    private static readonly string[] Tenants = ["011002", "012025", "012033", "012041", "012050", "012068", "012076", "012084", "012092"];

    [Fact]
    public async Task CallEnteringAtOneSilo_ForAGrainOnAnother_IsCheckedThere()
    {
        var forger = new CallerSigner(Enumerable.Repeat((byte)7, 32).ToArray());
        var crossed = 0;
        foreach (var tenant in Tenants)
        {
            var owner = new Caller($"cluster-worker-{tenant}", tenant, [Roles.Supervisor]);

            // The owner's call activates the book somewhere in the cluster.
            var page = await cluster.As(owner, () => cluster.EnterAt(0).GetGrain<ICaseBookGrain>(tenant).List(null, null, null, 10));
            Assert.Equal(0, page.TotalCount);
            var home = cluster.SiloOf(cluster.EnterAt(0).GetGrain<ICaseBookGrain>(tenant));
            Assert.InRange(home, 0, 2);

            // Enter at every other silo.
            foreach (var entry in Enumerable.Range(0, 3).Where(i => i != home))
            {
                var book = cluster.EnterAt(entry).GetGrain<ICaseBookGrain>(tenant);
                var forged = await Assert.ThrowsAsync<AccessDeniedException>(() => cluster.As(owner, () => book.List(null, null, null, 10), forger));
                Assert.Equal("The caller context is not valid.", forged.Message);

                var forgedSystem = await Assert.ThrowsAsync<AccessDeniedException>(() => cluster.As(CallerContext.System, () => book.PurgeExpired(), forger));
                Assert.Equal("The caller context is not valid.", forgedSystem.Message);

                var intruder = new Caller($"cluster-intruder-{tenant}", "131016", [Roles.Supervisor]);
                var other = await Assert.ThrowsAsync<AccessDeniedException>(() => cluster.As(intruder, () => book.List(null, null, null, 10)));
                Assert.Equal("The object belongs to another tenant.", other.Message);

                // The genuine owner still gets through the same way: the refusals are the filter's, not the route's.
                Assert.Equal(0, (await cluster.As(owner, () => book.List(null, null, null, 10))).TotalCount);
                Assert.Equal(home, cluster.SiloOf(book));
                crossed++;
            }
        }

        Assert.Equal(Tenants.Length * 2, crossed);
    }
}
