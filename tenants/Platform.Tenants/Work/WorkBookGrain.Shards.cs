namespace Platform.Tenants.Work;

/// <summary>
/// What earlier versions stored, moved once into today's 64 (<see cref="WorkBookShard.Layout"/>) shards:
/// a book stored whole (the book row), and the sixteen shards split four ways. In both the new
/// shards are written first and the old place emptied after: a failure between the two leaves the
/// items in both, and the next activation puts the same items in the same shards again.
/// </summary>
public sealed partial class WorkBookGrain
{
    private async Task SplitFormerShards()
    {
        for (var index = 0; index < former.Length; index++)
        {
            var old = former[index].State;
            if (!old.HasContent)
            {
                continue;
            }

            // Written again after its split (a silo of the earlier version, during a rolling
            // upgrade, saw it empty): neither side is overwritten until the earlier version is stopped.
            var made = WorkBookShard.Layout.MadeFrom(index).ToList();
            if (made.Any(i => shards[i].State.Items.Any(e => !old.Items.TryGetValue(e.Key, out var was) || was.UpdatedAt != e.Value.UpdatedAt)))
            {
                logger.LogCritical("Work book {Tenant}: former shard {Former} was written after it was split; nothing is changed", _tenant, index);
                throw new InvalidOperationException($"The work book's former shard {index} was written after it was split; stop the silos of the earlier version.");
            }

            var touched = Distribute(old.Items.Values, old.Applied, old.RaisedNotices, old.PendingNotices, made[0]);
            if (touched.Any(i => i / WorkBookShard.Layout.Split != index))
            {
                throw new InvalidOperationException($"Work book shard {index} of tenant {_tenant} holds items of another shard.");
            }

            await Task.WhenAll(touched.Select(i => shards[i].WriteStateAsync()));
            former[index].State = new WorkBookShard { TenantCode = _tenant };
            await former[index].WriteStateAsync();
        }
    }

    private async Task MoveIntoShards()
    {
        var row = state.State;
        if (row.Items.Count == 0 && row.Applied.Entries.Count == 0 && row.RaisedNotices.Count == 0 && row.PendingNotices.Count == 0)
        {
            return;
        }

        foreach (var index in Distribute(row.Items.Values, row.Applied, row.RaisedNotices, row.PendingNotices, 0))
        {
            await shards[index].WriteStateAsync();
        }

        state.State = new WorkBookState { TenantCode = _tenant };
        await state.WriteStateAsync();
    }

    // Puts items, commands and raised notices in the shards of their item ids (the same ones again
    // when repeated), and notices not yet sent in shard <pendingTo>, from where they are sent.
    private HashSet<int> Distribute(IEnumerable<WorkItem> items, AppliedCommands applied, IEnumerable<string> raised, List<NoticeDraft> pending, int pendingTo)
    {
        var touched = new HashSet<int>();
        WorkBookShard At(string itemId)
        {
            var index = WorkBookShard.Layout.Of(itemId);
            touched.Add(index);
            return shards[index].State;
        }

        foreach (var item in items)
        {
            At(item.Id).Items[item.Id] = item;
        }

        foreach (var (key, id) in applied.Entries)
        {
            At(id).Applied.Remember(key, id);
        }

        foreach (var key in raised)
        {
            At(key[..key.IndexOf('|', StringComparison.Ordinal)]).RaisedNotices.Add(key);
        }

        var sent = shards[pendingTo].State.PendingNotices;
        sent.AddRange(pending.Except(sent));
        if (pending.Count > 0)
        {
            touched.Add(pendingTo);
        }

        foreach (var index in touched)
        {
            shards[index].State.TenantCode = _tenant;
        }

        return touched;
    }
}
