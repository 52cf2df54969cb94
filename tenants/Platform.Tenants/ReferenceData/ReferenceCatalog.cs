using System.Collections.Immutable;
using Platform.Tenants.Directory;
using Platform.Tenants.Programs;
using Platform.Tenants.Requests;

namespace Platform.Tenants.ReferenceData;

/// <summary>
/// The reference data the platform starts from (copied from the published lists into
/// <c>ReferenceData/*.csv</c>): every prefecture and municipality with its LG code, the FY2023
/// program list and the national tables. Every code's check digit is verified on load.
/// </summary>
public sealed class ReferenceCatalog
{
    /// <summary>The fiscal year of the published program list.</summary>
    public const int ProgramListFiscalYear = 2023;

    private static readonly Lazy<ReferenceCatalog> Loaded = new(Load);

    private ReferenceCatalog(DirectoryCatalog catalog, ImmutableArray<ProgramSeed> programs)
    {
        Catalog = catalog;
        Index = new CatalogIndex(catalog);
        Programs = programs;
    }

    /// <summary>The catalog, loaded once per process.</summary>
    public static ReferenceCatalog Instance => Loaded.Value;

    /// <summary>Prefectures, municipalities and official tables.</summary>
    public DirectoryCatalog Catalog { get; }

    /// <summary>Lookups over <see cref="Catalog"/>.</summary>
    public CatalogIndex Index { get; }

    /// <summary>The FY2023 municipal programs as published.</summary>
    public ImmutableArray<ProgramSeed> Programs { get; }

    private static ReferenceCatalog Load()
    {
        var prefectures = LoadPrefectures();
        var municipalities = LoadMunicipalities(prefectures);
        var catalog = new DirectoryCatalog(prefectures, municipalities, LoadProgramCounts(), LoadRequestStatus());
        var index = new CatalogIndex(catalog);
        return new ReferenceCatalog(catalog, LoadPrograms(index));
    }

    private static ImmutableArray<PrefectureInfo> LoadPrefectures()
    {
        var table = CsvTable.Load("prefectures.csv");
        var result = table.Rows
            .Select(r => new PrefectureInfo(table.Cell(r, "prefecture_code"), ValidCode(table, table.Cell(r, "lg_code")), table.Cell(r, "name"), table.Cell(r, "kana")))
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
        var table = CsvTable.Load("municipalities.csv");
        var prefectureCodes = prefectures.Select(p => p.Code).ToHashSet(StringComparer.Ordinal);
        var result = table.Rows
            .Select(r => new MunicipalityInfo(
                ValidCode(table, table.Cell(r, "lg_code")),
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

    private static ImmutableArray<ProgramSeed> LoadPrograms(CatalogIndex index)
    {
        var table = CsvTable.Load("fy2023-programs.csv");
        return [.. table.Rows.Select(r =>
        {
            var code = ValidCode(table, table.Cell(r, "lg_code"));
            if (index.Municipality(code) is null)
            {
                throw new InvalidDataException($"fy2023-programs.csv: {code} is not a municipality.");
            }

            var tier = table.Cell(r, "tier") switch
            {
                "regional_support_center" => ProgramTier.RegionalSupportCenter,
                "support_station" => ProgramTier.SupportStation,
                "support_project" => ProgramTier.SupportProject,
                var other => throw new InvalidDataException($"fy2023-programs.csv: unknown tier '{other}'."),
            };
            return new ProgramSeed(code, ProgramListFiscalYear, tier, table.Cell(r, "prefectural_startup_support") == "yes");
        })];
    }

    private static ImmutableArray<ProgramSummary> LoadProgramCounts()
    {
        var table = CsvTable.Load("national-program-counts.csv");
        return [.. table.Rows.Select(r =>
        {
            var summary = new ProgramSummary(
                table.IntCell(r, "fiscal_year"),
                table.IntCell(r, "prefecture_centers"),
                table.IntCell(r, "municipal_centers"),
                table.IntCell(r, "support_stations"),
                table.IntCell(r, "support_projects"));
            return summary.Total == table.IntCell(r, "total")
                ? summary
                : throw new InvalidDataException($"national-program-counts.csv: FY{summary.FiscalYear} total does not add up.");
        })];
    }

    private static ImmutableArray<RequestStatusSummary> LoadRequestStatus()
    {
        var table = CsvTable.Load("national-request-status.csv");
        return [.. table.Rows.Select(r => new RequestStatusSummary(
            table.IntCell(r, "fiscal_year"),
            table.IntCell(r, "municipalities"),
            table.IntCell(r, "desk_clarified"),
            table.IntCell(r, "desk_publicized"),
            table.IntCell(r, "fact_finding_survey"),
            table.IntCell(r, "municipal_platform"),
            table.Cell(r, "note") is { Length: > 0 } note ? note : null))];
    }

    private static string ValidCode(CsvTable table, string code) =>
        LgCode.IsValid(code) ? code : throw new InvalidDataException($"{table.Name}: '{code}' is not a valid LG code (check digit).");

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
