namespace Platform.Tests.Audit;

/// <summary>
/// Appends of one tenant that arrive together are committed together: fewer transactions than
/// entries, and still one gapless chain in the order the entries were numbered, heads and roster
/// included, that <c>verify</c> accepts.
/// </summary>
public sealed class AuditGroupCommitTests
{
    private const int Appends = 200;

    [Fact]
    public async Task ConcurrentAppends_ToOneTenant_AreCommittedInFewerTransactionsThanEntries_AndVerify()
    {
        var database = await AuditDatabase.CreateAsync();
        await using var log = new PostgresAuditLog(database, AuditDatabase.Key);
        var tenant = AuditSamples.NewTenant();
        var before = await NextTransactionAsync(database);

        // The tenant's very first entries come in a crowd: the first of them joins the roster.
        using var start = new ManualResetEventSlim();
        var appends = Enumerable.Range(0, Appends).Select(i => Task.Run(async () =>
        {
            start.Wait();
            await log.AppendAsync(AuditSamples.CaseRead(tenant, $"case-{i}"));
        })).ToArray();
        start.Set();
        await Task.WhenAll(appends);

        var transactions = await NextTransactionAsync(database) - before;
        Assert.True(transactions < Appends / 2, $"{Appends} appends took {transactions} transactions.");
        var page = await log.ReadAsync(tenant, null, AuditPage.MaxPageSize, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, Appends).Select(i => (long)i), page.Entries.Select(e => e.Sequence));
        Assert.Equal(Appends, page.Entries.Select(e => e.Record.ObjectId).Distinct().Count());
        Assert.Equal(new AuditVerification(1, Appends, null, 0), await log.VerifyAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task Appends_ToManyTenantsAtOnce_KeepOneValidChainEach()
    {
        var database = await AuditDatabase.CreateAsync();
        await using var log = new PostgresAuditLog(database, AuditDatabase.Key);
        var tenants = Enumerable.Range(0, 8).Select(_ => AuditSamples.NewTenant()).ToArray();

        await Task.WhenAll(Enumerable.Range(0, 160).Select(i => Task.Run(() =>
            log.AppendAsync(AuditSamples.CaseRead(tenants[i % tenants.Length], $"case-{i}")))));

        foreach (var tenant in tenants)
        {
            Assert.Equal(20, await log.CountAsync(tenant, CancellationToken.None));
        }

        Assert.Equal(new AuditVerification(tenants.Length, 160, null, 0), await log.VerifyAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task Append_OfAnInvalidRecord_AmongValidOnes_FailsAloneAndTheOthersAreStored()
    {
        var database = await AuditDatabase.CreateAsync();
        await using var log = new PostgresAuditLog(database, AuditDatabase.Key);
        var tenant = AuditSamples.NewTenant();

        var appends = Enumerable.Range(0, 20)
            .Select(i => i == 7
                ? log.AppendAsync(AuditSamples.CaseRead(tenant, "") )
                : log.AppendAsync(AuditSamples.CaseRead(tenant, $"case-{i}")))
            .ToArray();

        await Assert.ThrowsAsync<ArgumentException>(() => appends[7]);
        await Task.WhenAll(appends.Where((_, i) => i != 7));
        Assert.Equal(19, await log.CountAsync(tenant, CancellationToken.None));
        Assert.Equal(new AuditVerification(1, 19, null, 0), await log.VerifyAsync(null, CancellationToken.None));
    }

    private static async Task<long> NextTransactionAsync(string database) =>
        Convert.ToInt64(await AuditDatabase.ScalarAsync(database, "SELECT pg_snapshot_xmax(pg_current_snapshot())::text::bigint"), System.Globalization.CultureInfo.InvariantCulture);
}
