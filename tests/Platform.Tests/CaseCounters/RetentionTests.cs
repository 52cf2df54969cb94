namespace Platform.Tests.CaseCounters;

[Collection(PlatformCollection.Name)]
public sealed class RetentionTests(PlatformFixture fixture)
{
    private const string Tenant = "012041"; // Asahikawa

    [Fact]
    public async Task PurgeExpired_RemovesPersonalDataOfOldClosedCases_AndKeepsTheirCounts()
    {
        var admin = new Caller("retention-test", Tenant, [Roles.TenantAdmin]);
        var oldId = Guid.NewGuid().ToString("N");
        var recentId = Guid.NewGuid().ToString("N");
        var old = fixture.Host.Grains.GetGrain<ICaseGrain>($"{Tenant}/{oldId}");
        var recent = fixture.Host.Grains.GetGrain<ICaseGrain>($"{Tenant}/{recentId}");
        var subject = new CaseSubject("旭川 太郎", "あさひかわ たろう", 1970, null, Gender.Male, "旭川市1-1", "0166-00-0000", null);
        var today = JapanDate.Today(TimeProvider.System);

        await As(admin, () => old.Open(new CaseIntake(new DateOnly(2010, 4, 5), ReferralSource.Family, subject, null, null, [Concern.Poverty], null, "秘密のメモ"), null));
        await As(admin, () => old.Close(new DateOnly(2011, 3, 1), ClosureReason.Work, null));
        await As(admin, () => recent.Open(new CaseIntake(today.AddDays(-10), ReferralSource.Person, subject, null, null, [], null, null), null));
        await As(admin, () => recent.Close(today, ClosureReason.GoalReached, null));
        var before = await As(admin, () => fixture.Host.Grains.GetGrain<ICaseBookGrain>(Tenant).GetStatistics(2010, null));

        var set = await fixture.Host.QueryAsync(SetRetention, new { years = 5, id = "retention-5" }, fixture.Host.Token(Tenant, Roles.TenantAdmin));
        Assert.Equal(5, (int)set["setRetention"]!["retentionYears"]!);

        // The daily tick finds the cases idle: each activates when the book purges it.
        await fixture.Host.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        var purged = await As(CallerContext.System, () => fixture.Host.Grains.GetGrain<ICaseBookGrain>(Tenant).PurgeExpired().WaitAsync(TimeSpan.FromSeconds(20)));

        Assert.Equal(1, purged);
        var oldFile = (await As(admin, () => old.Get()))!;
        Assert.True(oldFile.Purged);
        Assert.Null(oldFile.Subject);
        Assert.Null(oldFile.Notes);
        Assert.Empty(oldFile.Concerns);
        Assert.Equal(ClosureReason.Work, oldFile.ClosureReason);
        Assert.NotNull((await As(admin, () => recent.Get()))!.Subject);

        var after = await As(admin, () => fixture.Host.Grains.GetGrain<ICaseBookGrain>(Tenant).GetStatistics(2010, null));
        Assert.Equal(before.NewCases, after.NewCases);
        Assert.Equal(before.ClosuresByReason.ToDictionary(), after.ClosuresByReason.ToDictionary());
        Assert.Equal(before.NewCasesByAgeBand.ToDictionary(), after.NewCasesByAgeBand.ToDictionary());
    }

    [Fact]
    public async Task PurgeExpired_FoldsThePurgedCaseOutOfTheIndex_AndTheFiguresOfEveryMonthStayTheSame()
    {
        const string tenant = "012114"; // Abashiri
        var admin = new Caller("retention-test", tenant, [Roles.TenantAdmin, Roles.Supervisor]);
        var book = fixture.Host.Grains.GetGrain<ICaseBookGrain>(tenant);
        var today = JapanDate.Today(TimeProvider.System);
        var subject = new CaseSubject("網走 花子", "あばしり はなこ", 1975, null, Gender.Female, null, null, null);
        var old = fixture.Host.Grains.GetGrain<ICaseGrain>($"{tenant}/{Guid.NewGuid():N}");
        var live = fixture.Host.Grains.GetGrain<ICaseGrain>($"{tenant}/{Guid.NewGuid():N}");
        // Items dated in the previous fiscal year, which is open whatever the day (DATE_IN_CLOSED_YEAR).
        var open = FiscalYear.StartOf(FiscalYear.Of(today) - 1);
        DateTimeOffset At(DateOnly day) => new(day.ToDateTime(new TimeOnly(10, 0)), TimeSpan.FromHours(9));
        await As(admin, () => old.Open(new CaseIntake(new DateOnly(2012, 6, 3), ReferralSource.Family, subject, new Household(true, []), null, [], null, null), null));
        await As(admin, () => old.RecordContact(At(open.AddDays(10)), ContactChannel.Phone, ContactParty.Family, 30, null, null));
        await As(admin, () => old.RecordContact(At(open.AddDays(40)), ContactChannel.DeskVisit, ContactParty.Person, 30, null, null));
        await As(admin, () => old.Refer(ReferralDestination.Hospital, null, open.AddDays(50), null, null));
        await As(admin, () => old.Close(today.AddYears(-1).AddDays(-2), ClosureReason.Work, null));
        await As(admin, () => live.Open(new CaseIntake(new DateOnly(2012, 9, 1), ReferralSource.Person, subject, null, null, [], null, null), null));
        await As(admin, () => live.RecordContact(At(open.AddDays(11)), ContactChannel.Phone, ContactParty.Person, 30, null, null));

        // Every month and fiscal year from the opening to today, as the entries count them.
        var periods = Enumerable.Range(2012, FiscalYear.Of(today) - 2011)
            .SelectMany(year => new int?[] { null, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3 }.Select(month => (year, month)))
            .ToList();
        async Task<List<CaseStatistics>> FiguresAsync()
        {
            var figures = new List<CaseStatistics>();
            foreach (var (year, month) in periods)
            {
                figures.Add(await As(admin, () => book.GetStatistics(year, month)));
            }

            return figures;
        }

        var before = await FiguresAsync();
        var entry = (await As(admin, () => book.List(CaseStatus.Closed, null, null, 100))).Items.Single();
        Assert.Contains(before, f => f.ContactsByChannel.GetValueOrDefault("Phone") == 2);

        await As(admin, () => book.SetRetention(1, "fold-1"));
        Assert.Equal(1, await As(CallerContext.System, () => book.PurgeExpired()));

        // The purged case left the index; its figures did not.
        Assert.Empty((await As(admin, () => book.List(CaseStatus.Closed, null, null, 100))).Items);
        Assert.Single((await As(admin, () => book.List(null, null, null, 100))).Items);
        var after = await FiguresAsync();
        Assert.All(periods.Select((p, i) => (p, i)), x => Assert.True(CaseFigures.Same(before[x.i], after[x.i]), $"{x.p}: {before[x.i]} != {after[x.i]}"));

        // The purged case sending its entry again (its next activation does), or an entry sent
        // before the purge arriving late, counts nothing twice.
        await As(CallerContext.System, async () =>
        {
            await book.Upsert(entry with { Purged = true, UpdatedAt = DateTimeOffset.UtcNow });
            await book.Upsert(entry);
            return 0;
        });
        Assert.Single((await As(admin, () => book.List(null, null, null, 100))).Items);
        var again = await FiguresAsync();
        Assert.All(periods.Select((p, i) => (p, i)), x => Assert.True(CaseFigures.Same(before[x.i], again[x.i]), $"{x.p}: {before[x.i]} != {again[x.i]}"));
    }

    [Fact]
    public async Task SetRetention_OutsideOneToThirtyYears_IsRefused_AndOnlyATenantAdminMaySetIt()
    {
        const string tenant = "012050"; // Muroran
        var admin = fixture.Host.Token(tenant, Roles.TenantAdmin);
        foreach (var years in new[] { 0, 31, -5 })
        {
            var refused = (await fixture.Host.QueryAsync(SetRetention, new { years, id = (string?)null }, admin))["setRetention"]!;
            Assert.Null(refused["retentionYears"]);
            Assert.Equal("RETENTION_OUT_OF_RANGE", (string)refused["errors"]![0]!["code"]!);
        }

        var (_, denied) = await fixture.Host.PostAsync(SetRetention, new { years = 3, id = (string?)null }, fixture.Host.Token(tenant, Roles.Supervisor));
        Assert.Equal("FORBIDDEN", (string?)denied["errors"]?[0]?["extensions"]?["code"]);
        Assert.Equal(0, await As(new Caller("retention-test", tenant, [Roles.TenantAdmin]), () => fixture.Host.Grains.GetGrain<ICaseBookGrain>(tenant).GetRetention()));
    }

    [Fact]
    public async Task SetRetention_RetriedWithTheSameClientMutationId_AppliesOnce_AndIsAudited()
    {
        const string tenant = "012068"; // Kushiro
        var admin = fixture.Host.Token(tenant, Roles.TenantAdmin);
        await fixture.Host.QueryAsync(SetRetention, new { years = 7, id = "keep-7" }, admin);
        await fixture.Host.QueryAsync(SetRetention, new { years = 9, id = "keep-9" }, admin);

        var retried = (await fixture.Host.QueryAsync(SetRetention, new { years = 7, id = "keep-7" }, admin))["setRetention"]!;

        Assert.Equal(9, (int)retried["retentionYears"]!);
        var log = await fixture.Host.QueryAsync("{ auditLog(first: 100) { nodes { action } } }", token: admin);
        Assert.Equal(2, log["auditLog"]!["nodes"]!.AsArray().Count(n => (string)n!["action"]! == "case-book.retention"));
    }

    private const string SetRetention = """
        mutation($years: Int!, $id: String) { setRetention(input: { clientMutationId: $id, years: $years }) { clientMutationId retentionYears errors { code field } } }
        """;

    private async Task<T> As<T>(Caller caller, Func<Task<T>> call)
    {
        CallerContext.Set(fixture.Host.App.Services.GetRequiredService<CallerSigner>().Seal(caller));
        try
        {
            return await call();
        }
        finally
        {
            CallerContext.Set(null);
        }
    }
}
