using System.Collections.Immutable;

namespace Platform.Tests.Cases;

/// <summary>
/// Closed fiscal years with a clock the test moves: late records into a closed year are refused,
/// the book folds a closed year's items and archives the cases closed in it, and the statistics
/// stay a recount of the case files. Each test runs its own platform.
/// </summary>
public sealed class CaseBookClosedYearsTests
{
    private const string Tenant = "012041"; // Asahikawa
    private static readonly Caller Worker = new("closed-years-worker", Tenant, [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin]);
    private static readonly DateOnly InFiscal2026 = new(2027, 2, 10), InFiscal2027 = new(2027, 4, 5);

    [Fact]
    public async Task ARecordDatedTwoFiscalYearsBack_IsRefusedWithDateInClosedYear_AndNothingIsWritten()
    {
        var clock = new ShiftedClock();
        clock.SetToday(InFiscal2026);
        await using var host = await PlatformHost.StartAsync(null, clock: clock);
        var file = host.Grains.GetGrain<ICaseGrain>($"{Tenant}/{Guid.NewGuid():N}");
        await Ok(host, () => file.Open(Intake(new DateOnly(2025, 5, 1)), null));
        var contact = (await Ok(host, () => file.RecordContact(At(2025, 6, 10), ContactChannel.Phone, ContactParty.Family, 20, null, null))).Contacts[0];
        var referral = (await Ok(host, () => file.Refer(ReferralDestination.Hospital, null, new DateOnly(2025, 9, 1), null, null))).Referrals[0];

        // Fiscal 2027 begins: fiscal 2025 is closed.
        clock.SetToday(InFiscal2027);
        var before = (await host.As(Worker, file.Get))!;
        Assert.Equal("DATE_IN_CLOSED_YEAR", await Refused(host, () => file.RecordContact(At(2026, 3, 31), ContactChannel.Phone, ContactParty.Family, 20, null, null)));
        Assert.Equal("DATE_IN_CLOSED_YEAR", await Refused(host, () => file.Refer(ReferralDestination.Hospital, null, new DateOnly(2025, 8, 1), null, null)));
        Assert.Equal("DATE_IN_CLOSED_YEAR", await Refused(host, () => file.RecordReferralOutcome(referral.Id, ReferralOutcome.Connected, null)));
        Assert.Equal("DATE_IN_CLOSED_YEAR", await Refused(host, () => file.RecordConsent(ConsentPurpose.PrefecturalConsultation, null, ConsentGiver.Person, new DateOnly(2025, 6, 1), null)));
        Assert.Equal("DATE_IN_CLOSED_YEAR", await Refused(host, () => file.CorrectContact(contact.Id, new ContactCorrection(At(2027, 4, 1), ContactChannel.Email, ContactParty.Family, 20, null), "wrong day", null)));
        Assert.Equal("DATE_IN_CLOSED_YEAR", await Refused(host, () => file.CorrectReferral(referral.Id, new ReferralCorrection(ReferralDestination.EmploymentPreparation, null, new DateOnly(2027, 4, 1), null), "wrong day", null)));

        var after = (await host.As(Worker, file.Get))!;
        Assert.Equal(before.Contacts, after.Contacts);
        Assert.Equal(before.Referrals, after.Referrals);
        Assert.Equal(before.Consents, after.Consents);
        var statistics = await host.As(Worker, () => host.Grains.GetGrain<ICaseBookGrain>(Tenant).GetStatistics(2025, null));
        Assert.Equal(1, statistics.ContactsByChannel.GetValueOrDefault("Phone"));

        // The previous fiscal year is still open.
        Assert.Equal(2, (await Ok(host, () => file.RecordContact(At(2026, 4, 1), ContactChannel.Phone, ContactParty.Family, 20, null, null))).Contacts.Length);
    }

    [Fact]
    public async Task WhenAYearCloses_TheBookFoldsItsItemsAndArchivesItsClosedCases_AndEveryFigureStaysARecount()
    {
        var clock = new ShiftedClock();
        clock.SetToday(InFiscal2026);
        var postgres = await TestPostgres.Shared;
        await using var host = await PlatformHost.StartAsync(await postgres.CreateDatabaseAsync("closed_years"), clock: clock);
        var book = host.Grains.GetGrain<ICaseBookGrain>(Tenant);
        var open = await Case(host, new DateOnly(2025, 5, 1));
        await Ok(host, () => open.RecordContact(At(2025, 6, 10), ContactChannel.Phone, ContactParty.Family, 20, null, null));
        await Ok(host, () => open.Refer(ReferralDestination.Hospital, null, new DateOnly(2025, 9, 1), null, null));
        await Ok(host, () => open.RecordContact(At(2026, 10, 3), ContactChannel.HomeVisit, ContactParty.Person, 60, null, null));
        var closed = await Case(host, new DateOnly(2025, 6, 1));
        await Ok(host, () => closed.RecordContact(At(2025, 7, 1), ContactChannel.Email, ContactParty.Person, null, null, null));
        await Ok(host, () => closed.Close(new DateOnly(2025, 12, 1), ClosureReason.Work, null));
        var reopened = await Case(host, new DateOnly(2025, 4, 10));
        await Ok(host, () => reopened.RecordContact(At(2025, 5, 20), ContactChannel.DeskVisit, ContactParty.Person, 30, null, null));
        await Ok(host, () => reopened.Close(new DateOnly(2026, 1, 15), ClosureReason.GoalReached, null));
        var recent = await Case(host, new DateOnly(2026, 5, 1));
        await Ok(host, () => recent.Close(new DateOnly(2026, 11, 1), ClosureReason.MovedAway, null));
        ICaseGrain[] all = [open, closed, reopened, recent];

        // Fiscal 2027 begins; the daily tick closes fiscal 2025.
        clock.SetToday(InFiscal2027);
        await host.As(CallerContext.System, book.PurgeExpired);
        await AssertRecount(host, all);

        // The open case keeps two years of items; what fiscal 2025 counted is in the monthly figures.
        var entry = (await host.As(Worker, () => book.Find(new CaseFilter(Status: CaseStatus.Intake), null, 100))).Items.Single(c => c.CaseId == Id(open));
        Assert.Equal([202610], entry.Activity.Select(a => a.Month));
        Assert.Equal(2, entry.FoldedActivity);

        // The cases closed in fiscal 2025 are listed from its archive, and from there only.
        var archive = host.Grains.GetGrain<ICaseArchiveGrain>($"{Tenant}/2025");
        Assert.Equal(new[] { Id(closed), Id(reopened) }.Order(), (await host.As(CallerContext.System, archive.All)).Select(c => c.CaseId).Order());
        Assert.Equal(new[] { Id(closed), Id(recent), Id(reopened) }.Order(), (await host.As(Worker, () => book.List(CaseStatus.Closed, null, null, 100))).Items.Select(c => c.CaseId).Order());
        Assert.DoesNotContain(Id(closed), await LiveCaseIds(host));

        // What is stored loads again: a new activation lists and counts the same.
        await host.Grains.GetGrain<IManagementGrain>(0).ForceActivationCollection(TimeSpan.Zero);
        Assert.Equal(3, (await host.As(Worker, () => book.List(CaseStatus.Closed, null, null, 100))).TotalCount);
        await AssertRecount(host, all);

        // A change to an open case writes its live shard, never the archive.
        var archived = await ETag(host, archive.GetGrainId(), "case-archive");
        await Ok(host, () => open.RecordContact(At(2027, 4, 2), ContactChannel.Phone, ContactParty.Person, 10, null, null));
        Assert.Equal(archived, await ETag(host, archive.GetGrainId(), "case-archive"));
        await AssertRecount(host, all);

        // Reopened: back in the live index, out of the archive, counted from its entry again.
        await Ok(host, () => reopened.Reopen(InFiscal2027, null));
        Assert.Contains(Id(reopened), await LiveCaseIds(host));
        Assert.Equal([Id(closed)], (await host.As(CallerContext.System, archive.All)).Select(c => c.CaseId));
        Assert.Contains((await host.As(Worker, () => book.List(CaseStatus.Active, null, null, 100))).Items, c => c.CaseId == Id(reopened));
        await AssertRecount(host, all);

        // Retention purges from the archive; the purged case's figures stay.
        var figures = await Figures(host);
        await host.As(Worker, () => book.SetRetention(1, null));
        Assert.Equal(1, await host.As(CallerContext.System, book.PurgeExpired));
        Assert.True((await host.As(Worker, closed.Get))!.Purged);
        Assert.Empty(await host.As(CallerContext.System, archive.All));
        Assert.DoesNotContain((await host.As(Worker, () => book.List(null, null, null, 100))).Items, c => c.CaseId == Id(closed));
        var purged = await Figures(host);
        Assert.All(figures.Zip(purged), p => Assert.True(CaseFigures.Same(p.First, p.Second), $"{p.First} != {p.Second}"));
    }

    [Fact]
    public async Task AnEntryResentWithItsWholeHistory_CountsEachClosedYearItemOnce_AndALateItemIsCounted()
    {
        var clock = new ShiftedClock();
        clock.SetToday(InFiscal2027);
        await using var host = await PlatformHost.StartAsync(null, clock: clock);
        var book = host.Grains.GetGrain<ICaseBookGrain>(Tenant);
        CaseActivity Phone(int month) => new(month, ContactChannel.Phone, null);
        var entry = new CaseSummary(
            "c0ffee" + Guid.NewGuid().ToString("N")[6..], "2025-000001", CaseStatus.Active, null, new DateOnly(2025, 4, 1), null, null,
            AgeBand.Unknown, Gender.Unknown, false, [], [Phone(202505), Phone(202506), Phone(202604)], DateTimeOffset.UtcNow, false);
        async Task<int> PhonesIn(int fiscalYear) => (await host.As(Worker, () => book.GetStatistics(fiscalYear, null))).ContactsByChannel.GetValueOrDefault("Phone");
        async Task Send(CaseSummary summary) => await host.As(CallerContext.System, async () => { await book.Upsert(summary); return 0; });

        await Send(entry);
        await Send(entry with { UpdatedAt = DateTimeOffset.UtcNow });
        Assert.Equal((2, 1), (await PhonesIn(2025), await PhonesIn(2026)));

        // An item accepted just before its year closed, arriving after: counted, once.
        var late = entry with { Activity = [.. entry.Activity, Phone(202603)] };
        await Send(late);
        await Send(late);
        Assert.Equal((3, 1), (await PhonesIn(2025), await PhonesIn(2026)));
        var kept = (await host.As(Worker, () => book.List(null, null, null, 10))).Items.Single();
        Assert.Equal(3, kept.FoldedActivity);
        Assert.Equal([202604], kept.Activity.Select(a => a.Month));
    }

    // Every fiscal year and month from 2025 to today: the book's figures and a recount of the files.
    private static async Task AssertRecount(PlatformHost host, ICaseGrain[] cases)
    {
        var files = new List<CaseSummary>();
        foreach (var c in cases)
        {
            var f = (await host.As(Worker, c.Get))!;
            ImmutableArray<CaseActivity> activity =
            [
                .. f.Contacts.Select(x => new CaseActivity(CaseMonth.Of(JapanDate.Of(x.At)), x.Channel, null)),
                .. f.Referrals.Select(r => new CaseActivity(CaseMonth.Of(r.ReferredOn), null, r.Destination)),
            ];
            files.Add(new CaseSummary(f.Id, f.CaseNumber, f.Status, f.AssignedTo, f.OpenedOn, f.ClosedOn, f.ClosureReason, AgeBand.Unknown, Gender.Unknown, false, [], activity, default, false));
        }

        var today = InFiscal2027;
        var book = await Figures(host);
        var recount = Periods().Select(p => Platform.Tenants.Cases.CaseCounters.Count(files, p.Year, p.Month, today)).ToList();
        Assert.All(book.Zip(recount), p => Assert.True(CaseFigures.Same(p.First, p.Second), $"book {p.First} != recount {p.Second}"));
    }

    private static async Task<List<CaseStatistics>> Figures(PlatformHost host)
    {
        var book = host.Grains.GetGrain<ICaseBookGrain>(Tenant);
        var figures = new List<CaseStatistics>();
        foreach (var (year, month) in Periods())
        {
            figures.Add(await host.As(Worker, () => book.GetStatistics(year, month)));
        }

        return figures;
    }

    private static IEnumerable<(int Year, int? Month)> Periods() =>
        Enumerable.Range(2025, 3).SelectMany(year => new int?[] { null, 4, 5, 6, 7, 8, 9, 10, 11, 12, 1, 2, 3 }.Select(month => (year, month)));

    // The case ids the live shards hold, read from storage.
    private static async Task<List<string>> LiveCaseIds(PlatformHost host)
    {
        var storage = host.App.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Platform);
        var id = host.Grains.GetGrain<ICaseBookGrain>(Tenant).GetGrainId();
        var ids = new List<string>();
        for (var shard = 0; shard < CaseBookShard.Layout.Count; shard++)
        {
            var state = new GrainState<CaseBookShard>(new CaseBookShard());
            await storage.ReadStateAsync(CaseBookShard.Layout.StateName(shard), id, state);
            ids.AddRange(state.State?.Cases.Keys.AsEnumerable() ?? []);
        }

        return ids;
    }

    private static async Task<string?> ETag(PlatformHost host, GrainId id, string stateName)
    {
        var state = new GrainState<CaseArchiveState>(new CaseArchiveState());
        await host.App.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Platform).ReadStateAsync(stateName, id, state);
        return state.ETag;
    }

    private static async Task<ICaseGrain> Case(PlatformHost host, DateOnly openedOn)
    {
        var file = host.Grains.GetGrain<ICaseGrain>($"{Tenant}/{Guid.NewGuid():N}");
        await Ok(host, () => file.Open(Intake(openedOn), null));
        return file;
    }

    private static string Id(ICaseGrain file) => file.GetPrimaryKeyString()[(Tenant.Length + 1)..];

    private static CaseIntake Intake(DateOnly openedOn) => new(openedOn, ReferralSource.Family, null, null, null, [], null, null);

    private static DateTimeOffset At(int year, int month, int day) => new(year, month, day, 10, 0, 0, TimeSpan.FromHours(9));

    private static async Task<CaseFile> Ok(PlatformHost host, Func<Task<CaseResult>> change)
    {
        var result = await host.As(Worker, change);
        Assert.Empty(result.Errors);
        return result.Case!;
    }

    private static async Task<string> Refused(PlatformHost host, Func<Task<CaseResult>> change)
    {
        var result = await host.As(Worker, change);
        Assert.Null(result.Case);
        return result.Errors.Single().Code;
    }
}
