namespace Platform.Tenants.Work;

/// <summary>A book stored whole by an earlier version, moved into its shards once.</summary>
public sealed partial class WorkBookGrain
{
    // Shards first, then the emptied book row: a failure between the two leaves the items in
    // both, and the next activation moves the same items to the same shards again.
    private async Task MoveIntoShards()
    {
        var former = state.State;
        if (former.Items.Count == 0 && former.Applied.Entries.Count == 0 && former.RaisedNotices.Count == 0 && former.PendingNotices.Count == 0)
        {
            return;
        }

        var touched = new HashSet<int>();
        foreach (var item in former.Items.Values)
        {
            touched.Add(WorkBookShard.Of(item.Id));
            ShardOf(item.Id).Items[item.Id] = item;
        }

        foreach (var (key, id) in former.Applied.Entries)
        {
            touched.Add(WorkBookShard.Of(id));
            ShardOf(id).Applied.Remember(key, id);
        }

        foreach (var key in former.RaisedNotices)
        {
            var id = key[..key.IndexOf('|', StringComparison.Ordinal)];
            touched.Add(WorkBookShard.Of(id));
            ShardOf(id).RaisedNotices.Add(key);
        }

        // Notices not yet sent go with the first shard; they are sent from there.
        shards[0].State.PendingNotices.AddRange(former.PendingNotices.Except(shards[0].State.PendingNotices));
        if (former.PendingNotices.Count > 0)
        {
            touched.Add(0);
        }

        foreach (var index in touched)
        {
            shards[index].State.TenantCode = _tenant;
            await shards[index].WriteStateAsync();
        }

        state.State = new WorkBookState { TenantCode = _tenant };
        await state.WriteStateAsync();
    }
}
