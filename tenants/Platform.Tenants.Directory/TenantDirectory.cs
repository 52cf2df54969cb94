using System.Collections.Frozen;
using System.Collections.Immutable;

namespace Platform.Tenants.Directory;

/// <summary>
/// The directory of tenants: every prefecture and municipality with its LG code, name, kana and
/// kind, copied from the published lists into <c>ReferenceData/*.csv</c> and embedded here. It is
/// static facts, loaded once per process and read synchronously by grains, the call filter and
/// resolvers alike; anything that changes at run time (designations, programs, satellites) lives
/// in grains. Every code's check digit is verified on load.
/// </summary>
public sealed class TenantDirectory
{
    private static readonly Lazy<TenantDirectory> Loaded = new(Load);

    private readonly FrozenDictionary<string, MunicipalityInfo> _municipalities;
    private readonly FrozenDictionary<string, PrefectureInfo> _prefectures;
    private readonly FrozenDictionary<string, PrefectureInfo> _prefecturesByLgCode;
    private readonly FrozenDictionary<string, ImmutableArray<MunicipalityInfo>> _byPrefecture;

    private TenantDirectory(ImmutableArray<PrefectureInfo> prefectures, ImmutableArray<MunicipalityInfo> municipalities)
    {
        Prefectures = prefectures;
        Municipalities = municipalities;
        _municipalities = municipalities.ToFrozenDictionary(m => m.Code, StringComparer.Ordinal);
        _prefectures = prefectures.ToFrozenDictionary(p => p.Code, StringComparer.Ordinal);
        _prefecturesByLgCode = prefectures.ToFrozenDictionary(p => p.LgCode, StringComparer.Ordinal);
        _byPrefecture = municipalities
            .GroupBy(m => m.PrefectureCode)
            .ToFrozenDictionary(g => g.Key, g => g.ToImmutableArray(), StringComparer.Ordinal);
    }

    /// <summary>The directory, loaded once per process.</summary>
    public static TenantDirectory Instance => Loaded.Value;

    /// <summary>The 47 prefectures, in code order.</summary>
    public ImmutableArray<PrefectureInfo> Prefectures { get; }

    /// <summary>The municipalities, in code order.</summary>
    public ImmutableArray<MunicipalityInfo> Municipalities { get; }

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

    /// <summary>True when <paramref name="code"/> is a tenant that holds data: a municipality or a prefecture.</summary>
    public bool IsTenant(string code) => Municipality(code) is not null || PrefectureByLgCode(code) is not null;

    /// <summary>True when <paramref name="prefectureTenant"/> is the prefecture (LG code) of municipality <paramref name="municipalityCode"/>.</summary>
    public bool IsPrefectureOf(string prefectureTenant, string municipalityCode) =>
        PrefectureByLgCode(prefectureTenant) is { } prefecture
        && Municipality(municipalityCode)?.PrefectureCode == prefecture.Code;

    private static TenantDirectory Load()
    {
        var prefectures = LoadPrefectures();
        return new TenantDirectory(prefectures, LoadMunicipalities(prefectures));
    }

    private static ImmutableArray<PrefectureInfo> LoadPrefectures()
    {
        var table = CsvTable.Load(typeof(TenantDirectory).Assembly, "prefectures.csv");
        var result = table.Rows
            .Select(r => new PrefectureInfo(table.Cell(r, "prefecture_code"), table.LgCodeCell(r, "lg_code"), table.Cell(r, "name"), table.Cell(r, "kana")))
            .OrderBy(p => p.Code, StringComparer.Ordinal)
            .ToImmutableArray();
        foreach (var p in result.Where(p => LgCode.PrefecturePart(p.LgCode) != p.Code))
        {
            throw new InvalidDataException($"prefectures.csv: {p.LgCode} does not belong to prefecture {p.Code}.");
        }

        return result;
    }

    private static ImmutableArray<MunicipalityInfo> LoadMunicipalities(ImmutableArray<PrefectureInfo> prefectures)
    {
        var table = CsvTable.Load(typeof(TenantDirectory).Assembly, "municipalities.csv");
        var prefectureCodes = prefectures.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var result = table.Rows
            .Select(r => new MunicipalityInfo(
                table.LgCodeCell(r, "lg_code"),
                table.Cell(r, "prefecture_code"),
                table.Cell(r, "name"),
                table.Cell(r, "kana"),
                ParseType(table.Cell(r, "type"))))
            .OrderBy(m => m.Code, StringComparer.Ordinal)
            .ToImmutableArray();
        foreach (var m in result)
        {
            if (!prefectureCodes.Contains(m.PrefectureCode) || LgCode.PrefecturePart(m.Code) != m.PrefectureCode)
            {
                throw new InvalidDataException($"municipalities.csv: {m.Code} has an unknown or mismatched prefecture {m.PrefectureCode}.");
            }
        }

        if (result.Select(m => m.Code).Distinct().Count() != result.Length)
        {
            throw new InvalidDataException("municipalities.csv lists a code twice.");
        }

        return result;
    }

    private static MunicipalityType ParseType(string type) => type switch
    {
        "city" => MunicipalityType.City,
        "town" => MunicipalityType.Town,
        "village" => MunicipalityType.Village,
        "special_ward" => MunicipalityType.SpecialWard,
        "designated_city" => MunicipalityType.DesignatedCity,
        _ => throw new InvalidDataException($"municipalities.csv: unknown type '{type}'."),
    };
}
