using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Platform.Tenants.Directory;

/// <summary>Fast lookups over a <see cref="DirectoryCatalog"/>; built once per process.</summary>
public sealed class CatalogIndex
{
    private readonly FrozenDictionary<string, MunicipalityInfo> _municipalities;
    private readonly FrozenDictionary<string, PrefectureInfo> _prefectures;
    private readonly FrozenDictionary<string, PrefectureInfo> _prefecturesByLgCode;
    private readonly FrozenDictionary<string, ImmutableArray<MunicipalityInfo>> _byPrefecture;

    /// <summary>Indexes <paramref name="catalog"/>.</summary>
    public CatalogIndex(DirectoryCatalog catalog)
    {
        Catalog = catalog;
        _municipalities = catalog.Municipalities.ToFrozenDictionary(m => m.Code, StringComparer.Ordinal);
        _prefectures = catalog.Prefectures.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);
        _prefecturesByLgCode = catalog.Prefectures.ToFrozenDictionary(p => p.LgCode, StringComparer.Ordinal);
        _byPrefecture = catalog.Municipalities
            .GroupBy(m => m.PrefectureCode)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>The catalog this index covers.</summary>
    public DirectoryCatalog Catalog { get; }

    /// <summary>The municipality with a 6-digit LG code, or null.</summary>
    public MunicipalityInfo? Municipality(string code) => _municipalities.GetValueOrDefault(code);

    /// <summary>The prefecture with a 2-digit code or its 6-digit LG code, or null.</summary>
    public PrefectureInfo? Prefecture(string code) => code.Length switch
    {
        2 => _prefectures.GetValueOrDefault(code),
        6 => _prefecturesByLgCode.GetValueOrDefault(code),
        _ => null,
    };

    /// <summary>The prefecture whose 6-digit LG code is <paramref name="lgCode"/>, or null.</summary>
    public PrefectureInfo? PrefectureByLgCode(string lgCode) => _prefecturesByLgCode.GetValueOrDefault(lgCode);

    /// <summary>The municipalities of a prefecture (2-digit code), in code order.</summary>
    public ImmutableArray<MunicipalityInfo> MunicipalitiesOf(string prefectureCode) =>
        _byPrefecture.GetValueOrDefault(prefectureCode, []);
}
