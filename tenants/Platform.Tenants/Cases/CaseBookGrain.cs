namespace Platform.Tenants.Cases;

/// <summary>
/// A tenant's case book: the index that lists and pages cases without touching them, and the
/// counters, which are computed from the entries (each case's entry is replaced, never added
/// to), so they always equal a recount, plus the fixed figures of purged cases folded out of
/// the entries (<see cref="CaseBookFolding"/>). The entries are stored in 64 (<see cref="CaseBookShard.Layout"/>) shards by case id, so
/// one change writes a sixty-fourth of the index; the shards hold no activity of closed fiscal years and
/// no case closed in one, which are in the archive (<c>CaseBookGrain.Archive.cs</c>), so a shard
/// stays the same size year after year. Entries are taken while earlier ones are being
/// stored (<see cref="ICaseBookGrain.Upsert"/> interleaves): the changes that arrive while a
/// shard is written go together in its next write (<c>CaseBookGrain.Writes.cs</c>), and each
/// call returns once a write that includes its entry has succeeded.
/// </summary>
public sealed partial class CaseBookGrain : Grain, ICaseBookGrain
{
    private readonly IPersistentState<CaseBookState> state;
    private readonly IStorage<CaseBookShard>[] _former;
    private readonly IStorage<CaseBookShard>[] _shards;
    private readonly TenantDirectory directory;
    private readonly CallerSigner signer;
    private readonly Audit.IAuditLog audit;
    private readonly PlatformClock clock;
    private readonly Microsoft.Extensions.Options.IOptions<RetentionOptions> retention;
    private readonly ILogger<CaseBookGrain> logger;

    /// <summary>Creates the grain with its book row, its 64 (<see cref="CaseBookShard.Layout"/>) shards and the former eight.</summary>
    public CaseBookGrain(
        [PersistentState("case-book", StorageNames.Platform)] IPersistentState<CaseBookState> state,
        TenantDirectory directory,
        CallerSigner signer,
        Audit.IAuditLog audit,
        PlatformClock clock,
        Microsoft.Extensions.Options.IOptions<RetentionOptions> retention,
        ILogger<CaseBookGrain> logger)
    {
        this.state = state;
        // Read at activation, a few at a time (OnActivateAsync).
        _former = CaseBookShard.Layout.Open<CaseBookShard>(GrainContext, former: true);
        _shards = CaseBookShard.Layout.Open<CaseBookShard>(GrainContext);
        _writing = new Task?[CaseBookShard.Layout.Count];
        _queued = new Task?[CaseBookShard.Layout.Count];
        this.directory = directory;
        this.signer = signer;
        this.audit = audit;
        this.clock = clock;
        this.retention = retention;
        this.logger = logger;
    }

    private List<CaseSummary>? _byNumber;
    private IGrainTimer? _flush;

    // Cases folded by this activation, so an entry sent before the purge that arrives after it
    // is not counted again (a purge calls the case, whose activation may still be sending).
    private readonly HashSet<string> _folded = [];

    private IEnumerable<CaseSummary> AllCases => _live.SelectMany(s => s.Cases.Values);

    private static int ShardOf(string caseId) => CaseBookShard.Layout.Of(caseId);

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await ShardLayout.ReadAsync(_former);
        await ShardLayout.ReadAsync(_shards);
        await SplitFormerShards();
        _live = [.. _shards.Select(s => s.State)];
        await LoadArchive();
        await CloseYears();
        await RollUp();
    }

    /// <inheritdoc />
    public async Task Upsert(CaseSummary summary)
    {
        ThrowIfWriteFailed();
        await CloseYears();
        var index = ShardOf(summary.CaseId);
        var shard = _live[index];
        var today = Today();
        shard.Cases.TryGetValue(summary.CaseId, out var current);
        CaseSummary? unarchived = null;
        if (current is null && _archive.TryGetValue(summary.CaseId, out var archived))
        {
            if (!summary.Purged && SameContent(archived, Normalized(summary, archived.FoldedActivity).Entry))
            {
                return;
            }

            // Out of the archive. Purged: its figures stay folded, the entry goes. Otherwise it is
            // counted from its entry again (reopened), so its folded figures are taken back.
            _archive.Remove(summary.CaseId);
            _byNumber = null;
            if (summary.Purged)
            {
                _folded.Add(summary.CaseId);
                await TakeFromArchive(archived);
                return;
            }

            CaseBookFolding.Remove(shard.Folded, archived, today);
            shard.Cases[summary.CaseId] = current = unarchived = archived;
        }

        var (entry, fold) = Normalized(summary, current?.FoldedActivity ?? 0);
        if (current is not null && SameContent(current, entry))
        {
            // The same entry may still be on its way: answer once it is stored.
            await Stored(index);
            return;
        }

        if (current is null && (summary.Purged || _folded.Contains(summary.CaseId)))
        {
            // Folded before: a purged case sending its entry again changes nothing, nor does an
            // older entry of it that was on its way while the purge ran.
            await Stored(index);
            return;
        }

        var touched = CaseFigures.MonthsTouched(current, entry, today);
        shard.TenantCode = this.GetPrimaryKeyString();
        CaseBookFolding.AddItems(shard.Folded, fold);
        if (summary.Purged)
        {
            // Its figures can no longer change: kept as figures, the entry leaves (same write).
            CaseBookFolding.Add(shard.Folded, entry, today);
            shard.Cases.Remove(summary.CaseId);
            _folded.Add(summary.CaseId);
        }
        else
        {
            shard.Cases[summary.CaseId] = entry;
        }

        shard.PendingMonths.UnionWith(touched);
        _reportingTouched?.UnionWith(touched);
        _byNumber = null;
        await Write(index);
        if (unarchived is not null)
        {
            await TakeFromArchive(unarchived);
        }

        if (Archivable(entry, _closedThrough))
        {
            // Closed on a day of a closed year: to the archive at once.
            await ArchiveEntries([entry]);
        }

        // Coalesced: a burst of changes sends one roll-up a moment later.
        _flush ??= this.RegisterGrainTimer(RollUp, new GrainTimerCreationOptions(TimeSpan.FromSeconds(1), Timeout.InfiniteTimeSpan));
    }

    /// <inheritdoc />
    public Task<CasePage> List(CaseStatus? status, string? nameIndex, string? afterCaseNumber, int first) =>
        Find(new CaseFilter(status, nameIndex), afterCaseNumber, first);

    /// <inheritdoc />
    public Task<CasePage> Find(CaseFilter filter, string? afterCaseNumber, int first)
    {
        var matching = ByNumber().Where(filter.Matches).ToList();
        var start = afterCaseNumber is null ? 0 : matching.FindIndex(c => string.CompareOrdinal(c.CaseNumber, afterCaseNumber) > 0);
        if (start < 0)
        {
            start = matching.Count;
        }

        var page = matching.Skip(start).Take(Math.Clamp(first, 0, 100)).ToImmutableArray();
        return Task.FromResult(new CasePage(page, start + page.Length < matching.Count, matching.Count));
    }

    /// <inheritdoc />
    public Task<ImmutableArray<WorkerCaseload>> GetCaseload()
    {
        var today = Today();
        int Silent(IEnumerable<CaseSummary> cases, int days) => cases.Count(c => CaseFilter.LastContactOf(c).AddDays(days) <= today);
        var load = AllCases
            .Where(c => c.Status is CaseStatus.Intake or CaseStatus.Active or CaseStatus.Monitoring)
            .GroupBy(c => c.AssignedTo)
            .Select(g => new WorkerCaseload(g.Key, g.Count(), Silent(g, 30), Silent(g, 60), Silent(g, 90)))
            .OrderBy(w => w.Worker, StringComparer.Ordinal)
            .ToImmutableArray();
        return Task.FromResult(load);
    }

    /// <inheritdoc />
    public Task<CaseStatistics> GetStatistics(int fiscalYear, int? month) =>
        Task.FromResult(Figures(AllCases, fiscalYear, month));

    // The entries' counters plus the folded figures of purged cases.
    private CaseStatistics Figures(IEnumerable<CaseSummary> cases, int fiscalYear, int? month) =>
        CaseBookFolding.With(CaseCounters.Count(cases, fiscalYear, month, Today()), _live.Select(s => s.Folded));

    private DateOnly Today() => JapanDate.Today(clock);

    // Sends the pending months' counters to the prefecture. Reports replace, so a re-send after
    // a crash (the pending months are stored with each change) cannot count twice. Entries that
    // arrive while the report is on its way mark their months again; those stay pending.
    private async Task RollUp()
    {
        _flush?.Dispose();
        _flush = null;
        var pending = Enumerable.Range(0, _live.Length).Where(i => _live[i].PendingMonths.Count > 0).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        var tenant = this.GetPrimaryKeyString();
        var prefecture = directory.Municipality(tenant)?.PrefectureCode ?? directory.PrefectureByLgCode(tenant)?.Code;
        if (prefecture is null)
        {
            return;
        }

        var months = pending.SelectMany(i => _live[i].PendingMonths).Distinct().Order().ToArray();
        var cases = AllCases.ToList();
        var figures = months.Select(key =>
        {
            var (fiscalYear, month) = CaseMonth.Split(key);
            return Figures(cases, fiscalYear, month);
        }).ToImmutableArray();
        _reportingTouched = [];
        try
        {
            using (CallerContext.EnterSystem(signer))
            {
                await GrainFactory.Grain<IPrefectureGrain>(prefecture).ReportCaseFigures(tenant, figures);
            }

            var reported = months.Except(_reportingTouched).ToArray();
            _reportingTouched = null;
            // Cleared in memory only; the shard's next write stores the cleared marks. A mark still
            // stored when the grain stops is sent once more by the next activation, which the
            // replacing report makes harmless, and no shard is rewritten just to forget a mark.
            foreach (var index in pending)
            {
                _live[index].PendingMonths.ExceptWith(reported);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            _reportingTouched = null;
            logger.LogWarning(ex, "Case roll-up of tenant {Tenant} failed; it will be retried", tenant);
            _flush = this.RegisterGrainTimer(RollUp, new GrainTimerCreationOptions(TimeSpan.FromSeconds(5), Timeout.InfiniteTimeSpan));
        }
    }

    private List<CaseSummary> ByNumber() =>
        _byNumber ??= [.. ListedCases.OrderBy(c => c.CaseNumber, StringComparer.Ordinal)];

    // Everything but the time stamp: a re-sent entry with new time and same content changes nothing.
    private static bool SameContent(CaseSummary a, CaseSummary b) =>
        a with { UpdatedAt = default, NameIndex = [], Activity = [] } == b with { UpdatedAt = default, NameIndex = [], Activity = [] }
        && a.NameIndex.SequenceEqual(b.NameIndex) && a.Activity.SequenceEqual(b.Activity);
}
