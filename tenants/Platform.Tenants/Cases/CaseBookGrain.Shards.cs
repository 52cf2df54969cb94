namespace Platform.Tenants.Cases;

/// <summary>
/// The shards an earlier version stored (eight, <c>case-book-0</c> to <c>-7</c>), split once into
/// today's 64 (<see cref="CaseBookShard.Layout"/>): each former shard's cases go to the
/// eight shards made from it, and its folded figures, pending months
/// and archive years to the first of them (the archive years to all, so each finds its archived
/// cases). The new shards are written first, then the emptied former ones: a failure between the
/// two leaves both, and the next activation makes the same new shards again (assigned, never
/// added to, so nothing counts twice).
/// </summary>
public sealed partial class CaseBookGrain
{
    private async Task SplitFormerShards()
    {
        var tenant = this.GetPrimaryKeyString();
        for (var former = 0; former < _former.Length; former++)
        {
            var old = _former[former].State;
            if (!old.HasContent)
            {
                continue;
            }

            var made = CaseBookShard.Layout.MadeFrom(former).ToList();
            foreach (var index in made)
            {
                _shards[index].State = new CaseBookShard
                {
                    TenantCode = tenant,
                    ClosedThrough = old.ClosedThrough,
                    ArchiveYears = [.. old.ArchiveYears],
                    Folded = index == made[0] ? new Dictionary<int, CaseStatistics>(old.Folded) : [],
                    PendingMonths = index == made[0] ? [.. old.PendingMonths] : [],
                };
            }

            foreach (var (id, entry) in old.Cases)
            {
                var index = CaseBookShard.Layout.Of(id);
                if (index / CaseBookShard.Layout.Split != former)
                {
                    throw new InvalidOperationException($"Case {id} of former shard {former} does not split into it.");
                }

                _shards[index].State.Cases[id] = entry;
            }

            await Task.WhenAll(made.Select(i => _shards[i].WriteStateAsync()));
            _former[former].State = new CaseBookShard { TenantCode = tenant };
            await _former[former].WriteStateAsync();
        }
    }
}
