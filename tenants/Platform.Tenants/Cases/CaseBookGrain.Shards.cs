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
            if (!OnlyAnEarlierSplit(old, made))
            {
                // Written again after its split: by a silo of the earlier version during a rolling
                // upgrade. Neither side is overwritten; the book stays unavailable until an operator
                // has stopped the earlier version (docs/operations.md, "Upgrades that split stored shards").
                logger.LogCritical("Case book {Tenant}: former shard {Former} was written after it was split into shards {First}-{Last}; nothing is changed", tenant, former, made[0], made[^1]);
                throw new InvalidOperationException($"The case book's former shard {former} was written after it was split; stop the silos of the earlier version.");
            }

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

    // True when the new shards hold nothing the former one cannot explain: empty, or what an
    // earlier split of this same former shard wrote before it stopped (its entries, as they were,
    // and its folded months in the first shard only). Anything else was changed after a split.
    private bool OnlyAnEarlierSplit(CaseBookShard old, IReadOnlyList<int> made) =>
        made.All(i => _shards[i].State.Cases.All(e => old.Cases.TryGetValue(e.Key, out var was) && was.UpdatedAt == e.Value.UpdatedAt)
            && (i == made[0] ? _shards[i].State.Folded.Keys.Order().SequenceEqual(old.Folded.Keys.Order()) || !_shards[i].State.HasContent : _shards[i].State.Folded.Count == 0));
}
