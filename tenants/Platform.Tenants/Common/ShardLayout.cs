using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace Platform.Tenants.Common;

/// <summary>
/// How a grain spreads a large state over stored shards by the hex ids of its entries, so that a
/// change rewrites one shard and not the whole state. An earlier version kept
/// <paramref name="former"/> shards (named <c>{name}-{n}</c>, by an id's first hex digit); each
/// is split into <paramref name="split"/> (named <c>{name}-{n}.{m}</c>, by the second digit),
/// so that every shard's entries came from exactly one former shard and a grain can split its
/// stored shards once, one at a time. Never change the numbers of a layout in use.
/// </summary>
/// <param name="name">The state name's stem.</param>
/// <param name="former">How many shards the earlier version kept.</param>
/// <param name="split">How many shards each former one is split into.</param>
public sealed class ShardLayout(string name, int former, int split)
{
    /// <summary>How many shards the earlier version kept.</summary>
    public int Former => former;

    /// <summary>How many shards each former one is split into.</summary>
    public int Split => split;

    /// <summary>How many shards there are.</summary>
    public int Count => former * split;

    /// <summary>The stored name of shard <paramref name="index"/>.</summary>
    public string StateName(int index) => $"{name}-{index / split}.{index % split}";

    /// <summary>The stored name of former shard <paramref name="index"/>.</summary>
    public string FormerStateName(int index) => $"{name}-{index}";

    /// <summary>The shards made from former shard <paramref name="index"/>.</summary>
    public IEnumerable<int> MadeFrom(int index) => Enumerable.Range(index * split, split);

    /// <summary>The shard of an entry id; an id that is not hex still lands somewhere fixed.</summary>
    public int Of(string id) => FormerOf(id) * split + Digit(id, 1, id.Sum(c => c) / former) % split;

    /// <summary>The shard the earlier version kept an entry id in.</summary>
    public int FormerOf(string id) => Digit(id, 0, id.Sum(c => c)) % former;

    /// <summary>How many shards an activation reads at once: a book's shards must not take a silo's whole storage pool.</summary>
    public const int ReadBatch = 8;

    /// <summary>
    /// The grain's shards, or its former shards, in the platform storage. They are not facets of
    /// the grain's lifecycle (which would read all of them at once); read them with <see cref="ReadAsync{T}"/>.
    /// </summary>
    public IStorage<T>[] Open<T>(IGrainContext context, bool former = false)
    {
        ArgumentNullException.ThrowIfNull(context);
        var storage = context.ActivationServices.GetRequiredKeyedService<IGrainStorage>(StorageNames.Platform);
        return [.. Enumerable.Range(0, former ? Former : Count)
            .Select(i => (IStorage<T>)new StateStorageBridge<T>(former ? FormerStateName(i) : StateName(i), context, storage))];
    }

    /// <summary>Reads the shards <see cref="ReadBatch"/> at a time.</summary>
    public static async Task ReadAsync<T>(IReadOnlyList<IStorage<T>> shards)
    {
        ArgumentNullException.ThrowIfNull(shards);
        for (var start = 0; start < shards.Count; start += ReadBatch)
        {
            await Task.WhenAll(shards.Skip(start).Take(ReadBatch).Select(s => s.ReadStateAsync()));
        }
    }

    private static int Digit(string id, int at, int otherwise) =>
        id.Length > at && Uri.IsHexDigit(id[at]) ? Convert.ToInt32(id.Substring(at, 1), 16) : otherwise;
}
