using Platform.Tenants.Directory;

namespace Platform.GraphQL.Infrastructure;

/// <summary>
/// The reference catalog, fetched once from the registry grain and kept for the life of the
/// process: it is immutable facts (codes, names, kana), so directory lookups never leave memory.
/// </summary>
public sealed class DirectoryCatalogCache(IGrainFactory grains)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private CatalogIndex? _index;

    /// <summary>The indexed catalog.</summary>
    public async ValueTask<CatalogIndex> GetAsync()
    {
        if (_index is { } ready)
        {
            return ready;
        }

        await _gate.WaitAsync();
        try
        {
            _index ??= new CatalogIndex(await grains.GetGrain<IRegistryGrain>(IRegistryGrain.Key).GetCatalog());
            return _index;
        }
        finally
        {
            _gate.Release();
        }
    }
}
