namespace Platform.Tenants.Cases;

/// <summary>
/// Closing fiscal years (<see cref="ClosedYears"/>): the entries' activity items of a closed year
/// are folded into their shard's monthly figures, and the cases closed (or transferred) in a
/// closed year move to the archive of their year of closure (<see cref="ICaseArchiveGrain"/>),
/// their figures folded the same way. The live shards then hold the open cases and two years of
/// closed ones, whatever the age of the book; the archive is written only when a year closes and
/// when an archived case is reopened or purged. A crash between the steps leaves an entry in both
/// places; the live one wins and the next activation finishes the move.
/// </summary>
public sealed partial class CaseBookGrain
{
    // Archived entries by case id, every year of closure: listed, searched and purged with the live ones.
    private readonly Dictionary<string, CaseSummary> _archive = [];
    private Task? _closing;

    // The latest closed fiscal year whose items the live entries no longer hold.
    private int _closedThrough;

    private static bool Archivable(CaseSummary entry, int closedThrough) =>
        entry is { Purged: false, Status: CaseStatus.Closed or CaseStatus.Transferred, ClosedOn: { } closed } && FiscalYear.Of(closed) <= closedThrough;

    private ICaseArchiveGrain Archive(int fiscalYear) => GrainFactory.Grain<ICaseArchiveGrain>($"{this.GetPrimaryKeyString()}/{fiscalYear}");

    // The live entries, then the archived ones no live entry replaces.
    private IEnumerable<CaseSummary> ListedCases =>
        AllCases.Concat(_archive.Values.Where(a => !_live[ShardOf(a.CaseId)].Cases.ContainsKey(a.CaseId)));

    private async Task LoadArchive()
    {
        using (CallerContext.EnterSystem(signer))
        {
            foreach (var year in _live.SelectMany(s => s.ArchiveYears).Distinct().Order())
            {
                foreach (var entry in await Archive(year).All())
                {
                    _archive[entry.CaseId] = entry;
                }
            }
        }

        // A case reopened while its archived entry was being taken out: the live entry wins.
        var stale = _archive.Values.Where(a => _live[ShardOf(a.CaseId)].Cases.TryGetValue(a.CaseId, out var live) && !Archivable(live, ClosedYears.ClosedThrough(Today()))).ToList();
        foreach (var entry in stale)
        {
            _archive.Remove(entry.CaseId);
            await TakeFromArchive(entry);
        }
    }

    // Closes the years that ended since the last time (shared by the calls that arrive meanwhile).
    private Task CloseYears()
    {
        var target = ClosedYears.ClosedThrough(Today());
        if (_closing is { IsCompleted: false } closing)
        {
            return closing;
        }

        return target > _closedThrough ? _closing = CloseYearsNow(target) : Task.CompletedTask;
    }

    private async Task CloseYearsNow(int target)
    {
        var touched = new HashSet<int>();
        for (var i = 0; i < _live.Length; i++)
        {
            var shard = _live[i];
            foreach (var (id, entry) in shard.Cases.ToList())
            {
                var closed = entry.Activity.Where(a => CaseMonth.Split(a.Month).FiscalYear <= target).ToList();
                if (closed.Count > 0)
                {
                    CaseBookFolding.AddItems(shard.Folded, closed);
                    shard.Cases[id] = entry with
                    {
                        Activity = [.. entry.Activity.Where(a => CaseMonth.Split(a.Month).FiscalYear > target)],
                        FoldedActivity = entry.FoldedActivity + closed.Count,
                    };
                    touched.Add(i);
                }
            }

            shard.ClosedThrough = Math.Max(shard.ClosedThrough, target);
        }

        _closedThrough = target;
        _byNumber = null;
        await Task.WhenAll(touched.Select(Write));
        await ArchiveEntries([.. AllCases.Where(c => Archivable(c, target))]);
    }

    // Moves entries to their archives: the year is recorded in the shard, the archive stores the
    // entry, then the shard folds its figures and drops it (unless it changed meanwhile).
    private async Task ArchiveEntries(IReadOnlyList<CaseSummary> entries)
    {
        if (entries.Count == 0)
        {
            return;
        }

        foreach (var year in entries.GroupBy(e => FiscalYear.Of(e.ClosedOn!.Value)))
        {
            await Task.WhenAll(year.Select(e => ShardOf(e.CaseId)).Distinct().Where(i => _live[i].ArchiveYears.Add(year.Key)).ToList().Select(Write));
            using (CallerContext.EnterSystem(signer))
            {
                await Archive(year.Key).Put([.. year]);
            }
        }

        var today = Today();
        var touched = new HashSet<int>();
        foreach (var entry in entries)
        {
            var index = ShardOf(entry.CaseId);
            if (_live[index].Cases.TryGetValue(entry.CaseId, out var now) && ReferenceEquals(now, entry))
            {
                CaseBookFolding.Add(_live[index].Folded, entry, today);
                _live[index].Cases.Remove(entry.CaseId);
                _archive[entry.CaseId] = entry;
                touched.Add(index);
            }
        }

        _byNumber = null;
        await Task.WhenAll(touched.Select(Write));
    }

    private async Task TakeFromArchive(CaseSummary archived)
    {
        using (CallerContext.EnterSystem(signer))
        {
            await Archive(FiscalYear.Of(archived.ClosedOn!.Value)).Take([archived.CaseId]);
        }
    }

    // The entry the book keeps of a summary: without the items of closed years, which are counted
    // in the folded figures (those not counted yet are returned to be folded). Closed-year items
    // can no longer change (DATE_IN_CLOSED_YEAR), so a count says which of them are folded.
    private (CaseSummary Entry, List<CaseActivity> Fold) Normalized(CaseSummary summary, int alreadyFolded)
    {
        var closed = summary.Activity.Where(a => CaseMonth.Split(a.Month).FiscalYear <= _closedThrough).ToList();
        var total = summary.FoldedActivity + closed.Count;
        var fold = closed.TakeLast(Math.Clamp(total - alreadyFolded, 0, closed.Count)).ToList();
        var entry = closed.Count == 0 && total <= alreadyFolded && summary.FoldedActivity == alreadyFolded
            ? summary
            : summary with
            {
                Activity = closed.Count == 0 ? summary.Activity : [.. summary.Activity.Where(a => CaseMonth.Split(a.Month).FiscalYear > _closedThrough)],
                FoldedActivity = Math.Max(total, alreadyFolded),
            };
        return (entry, fold);
    }
}
