namespace Platform.Tenants.Work;

/// <summary>
/// The work book's indexes, in memory: each worker's open items in due order, and the ids of each
/// case's items. Built from the shards at activation and kept with every change, so a worker's
/// day and a case's items are read without passing over the tenant's other items.
/// </summary>
internal sealed class WorkIndex
{
    private static readonly Comparer<WorkItem> DueOrder = Comparer<WorkItem>.Create((a, b) =>
    {
        var order = a.DueAt.CompareTo(b.DueAt);
        return order != 0 ? order : string.CompareOrdinal(a.Id, b.Id);
    });

    private readonly Dictionary<string, SortedSet<WorkItem>> _openByAssignee = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _byCase = new(StringComparer.Ordinal);

    /// <summary>Indexes every item of <paramref name="items"/>.</summary>
    public void Rebuild(IEnumerable<WorkItem> items)
    {
        _openByAssignee.Clear();
        _byCase.Clear();
        foreach (var item in items)
        {
            Put(null, item);
        }
    }

    /// <summary>Indexes <paramref name="item"/> in place of <paramref name="before"/> (null for a new item).</summary>
    public void Put(WorkItem? before, WorkItem item)
    {
        if (before is not null)
        {
            Remove(before);
        }

        if (item.Status == WorkItemStatus.Open)
        {
            if (!_openByAssignee.TryGetValue(item.Assignee, out var open))
            {
                _openByAssignee[item.Assignee] = open = new SortedSet<WorkItem>(DueOrder);
            }

            open.Add(item);
        }

        if (!_byCase.TryGetValue(item.CaseId, out var ids))
        {
            _byCase[item.CaseId] = ids = new HashSet<string>(StringComparer.Ordinal);
        }

        ids.Add(item.Id);
    }

    /// <summary>Forgets <paramref name="item"/> (as it was indexed).</summary>
    public void Remove(WorkItem item)
    {
        if (_openByAssignee.TryGetValue(item.Assignee, out var open) && open.Remove(item) && open.Count == 0)
        {
            _openByAssignee.Remove(item.Assignee);
        }

        if (_byCase.TryGetValue(item.CaseId, out var ids) && ids.Remove(item.Id) && ids.Count == 0)
        {
            _byCase.Remove(item.CaseId);
        }
    }

    /// <summary><paramref name="assignee"/>'s open items due before <paramref name="end"/>, earliest first.</summary>
    public IEnumerable<WorkItem> OpenOf(string assignee, DateTimeOffset end) =>
        _openByAssignee.TryGetValue(assignee, out var open) ? open.TakeWhile(i => i.DueAt < end) : [];

    /// <summary>Every worker with open items, with those due before <paramref name="end"/>, earliest first.</summary>
    public IEnumerable<(string Assignee, IEnumerable<WorkItem> Items)> OpenByAssignee(DateTimeOffset end) =>
        _openByAssignee.Select(p => (p.Key, p.Value.TakeWhile(i => i.DueAt < end)));

    /// <summary>The ids of every item of case <paramref name="caseId"/>.</summary>
    public IReadOnlyCollection<string> IdsOf(string caseId) =>
        _byCase.TryGetValue(caseId, out var ids) ? ids : [];
}
