namespace Platform.Tests.Audit;

/// <summary>
/// What every <see cref="IAuditLog"/> does, run against each implementation by its subclass,
/// so the in-memory log is held to the same behaviour as the PostgreSQL one.
/// </summary>
public abstract class AuditLogContractTests
{
    /// <summary>A new, empty log.</summary>
    protected abstract Task<IAuditLog> CreateLogAsync();

    [Fact]
    public async Task Appends_ToOneTenant_FormAValidChainNumberedFromOne()
    {
        var log = await CreateLogAsync();
        var tenant = AuditSamples.NewTenant();

        for (var i = 1; i <= 5; i++)
        {
            await log.AppendAsync(AuditSamples.CaseRead(tenant, $"case-{i}"));
        }

        var page = await log.ReadAsync(tenant, null, 10, CancellationToken.None);
        Assert.Equal([1L, 2, 3, 4, 5], page.Entries.Select(e => e.Sequence));
        Assert.Equal(AuditCanonicalText.GenesisHash, page.Entries[0].PreviousHash);
        Assert.All(page.Entries.Skip(1), (entry, i) => Assert.Equal(page.Entries[i].Hash, entry.PreviousHash));
        // Keyed: the unkeyed hash of the same contents, which anyone could compute, is not what is stored.
        Assert.All(page.Entries, entry => Assert.Equal((2, false), (entry.ChainVersion, AuditCanonicalText.Recompute(entry) == entry.Hash)));
        Assert.Equal(new AuditVerification(1, 5, null, 0), await log.VerifyAsync(tenant, CancellationToken.None));
    }

    [Fact]
    public async Task Appends_ToSeveralTenants_KeepOneChainPerTenant()
    {
        var log = await CreateLogAsync();
        var first = AuditSamples.NewTenant();
        var second = AuditSamples.NewTenant();

        await log.AppendAsync(AuditSamples.CaseRead(first));
        await log.AppendAsync(AuditSamples.CaseRead(second));
        await log.AppendAsync(AuditSamples.CaseRead(first));

        var secondChain = await log.ReadAsync(second, null, 10, CancellationToken.None);
        Assert.Equal(1, Assert.Single(secondChain.Entries).Sequence);
        Assert.Equal(AuditCanonicalText.GenesisHash, secondChain.Entries[0].PreviousHash);
        Assert.Equal(2, (await log.ReadAsync(first, null, 10, CancellationToken.None)).Entries.Length);
        Assert.Equal(new AuditVerification(2, 3, null, 0), await log.VerifyAsync(null, CancellationToken.None));
        Assert.Equal(2, await log.CountAsync(first, CancellationToken.None));
        Assert.Equal(1, await log.CountAsync(second, CancellationToken.None));
        Assert.Equal(0, await log.CountAsync(AuditSamples.NewTenant(), CancellationToken.None));
    }

    [Fact]
    public async Task ConcurrentAppends_ToOneTenant_KeepAGaplessValidChain()
    {
        var log = await CreateLogAsync();
        var tenant = AuditSamples.NewTenant();
        var other = AuditSamples.NewTenant();

        await Task.WhenAll(Enumerable.Range(0, 40).Select(i => Task.Run(() =>
            log.AppendAsync(AuditSamples.CaseRead(i % 4 == 0 ? other : tenant, $"case-{i}")))));

        var page = await log.ReadAsync(tenant, null, 100, CancellationToken.None);
        Assert.Equal(Enumerable.Range(1, 30).Select(i => (long)i), page.Entries.Select(e => e.Sequence));
        Assert.Equal(30, page.Entries.Select(e => e.Record.ObjectId).Distinct().Count());
        Assert.Equal(new AuditVerification(2, 40, null, 0), await log.VerifyAsync(null, CancellationToken.None));
    }

    [Fact]
    public async Task Read_PagesThroughATenantOldestFirst()
    {
        var log = await CreateLogAsync();
        var tenant = AuditSamples.NewTenant();
        for (var i = 1; i <= 7; i++)
        {
            await log.AppendAsync(AuditSamples.CaseRead(tenant, $"case-{i}"));
        }

        var first = await log.ReadAsync(tenant, null, 3, CancellationToken.None);
        var second = await log.ReadAsync(tenant, first.EndCursor, 3, CancellationToken.None);
        var last = await log.ReadAsync(tenant, second.EndCursor, 3, CancellationToken.None);
        var beyond = await log.ReadAsync(tenant, last.EndCursor, 3, CancellationToken.None);

        Assert.Equal("1,2,3 more 3", Describe(first));
        Assert.Equal("4,5,6 more 6", Describe(second));
        Assert.Equal("7 last 7", Describe(last));
        Assert.Equal(" last ", Describe(beyond));
        Assert.Equal("case-7", last.Entries[0].Record.ObjectId);
    }

    [Fact]
    public async Task Read_OfATenantWithoutEntries_IsAnEmptyLastPage()
    {
        var log = await CreateLogAsync();

        var page = await log.ReadAsync(AuditSamples.NewTenant(), null, 10, CancellationToken.None);

        Assert.Equal((0, false, (long?)null), (page.Entries.Length, page.HasMore, page.EndCursor));
    }

    [Theory]
    [InlineData(0, null)]
    [InlineData(AuditPage.MaxPageSize + 1, null)]
    [InlineData(10, -1L)]
    public async Task Read_WithAPageSizeOrCursorOutOfRange_IsRefused(int first, long? after)
    {
        var log = await CreateLogAsync();

        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => log.ReadAsync(AuditSamples.NewTenant(), after, first, CancellationToken.None));
    }

    [Fact]
    public async Task Append_StoresTheRecordWithItsTimeInUtcMicroseconds()
    {
        var log = await CreateLogAsync();
        var tenant = AuditSamples.NewTenant();
        var record = AuditSamples.CaseRead(tenant) with
        {
            ActorTenantCode = "130001",
            Roles = "PrefecturalOfficer,Supervisor",
            Purpose = "相談の引継ぎ\n(consent 2025-04-01)",
            Outcome = AuditOutcome.Denied,
        };

        await log.AppendAsync(record);

        var stored = Assert.Single((await log.ReadAsync(tenant, null, 1, CancellationToken.None)).Entries).Record;
        Assert.Equal(record with { At = new DateTimeOffset(2025, 4, 1, 0, 30, 0, TimeSpan.Zero).AddTicks(1234560) }, stored);
        Assert.Equal(TimeSpan.Zero, stored.At.Offset);
    }

    [Fact]
    public async Task Append_OfAnInvalidRecord_IsRefusedAndWritesNothing()
    {
        var log = await CreateLogAsync();
        var tenant = AuditSamples.NewTenant();
        var valid = AuditSamples.CaseRead(tenant);

        await Assert.ThrowsAsync<ArgumentException>(() => log.AppendAsync(valid with { ObjectId = "" }));
        await Assert.ThrowsAsync<ArgumentException>(() => log.AppendAsync(valid with { Subject = "a\0b" }));
        await Assert.ThrowsAsync<ArgumentException>(() => log.AppendAsync(valid with { Action = new string('x', 257) }));
        await Assert.ThrowsAsync<ArgumentException>(() => log.AppendAsync(valid with { Outcome = (AuditOutcome)7 }));

        Assert.Empty((await log.ReadAsync(tenant, null, 10, CancellationToken.None)).Entries);
    }

    [Fact]
    public async Task Verify_OfAnEmptyLog_ChecksNothingAndIsIntact()
    {
        var log = await CreateLogAsync();

        var result = await log.VerifyAsync(null, CancellationToken.None);

        Assert.Equal(new AuditVerification(0, 0, null, 0), result);
        Assert.True(result.IsIntact);
    }

    private static string Describe(AuditPage page) =>
        $"{string.Join(',', page.Entries.Select(e => e.Sequence))} {(page.HasMore ? "more" : "last")} {page.EndCursor}";
}
