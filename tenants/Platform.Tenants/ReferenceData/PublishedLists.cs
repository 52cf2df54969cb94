namespace Platform.Tenants.ReferenceData;

/// <summary>
/// The published lists the platform starts from besides the <see cref="TenantDirectory"/>
/// (copied into <c>ReferenceData/*.csv</c>): the FY2023 municipal program list, which the
/// directory grain loads once as the starting designations, and the official national tables
/// (never mixed with our counts).
/// </summary>
public sealed class PublishedLists
{
    /// <summary>The fiscal year of the published program list.</summary>
    public const int ProgramListFiscalYear = 2023;

    private static readonly Lazy<PublishedLists> Loaded = new(() => Load(TenantDirectory.Instance));

    private PublishedLists(ImmutableArray<ProgramSeed> programs, OfficialTables official)
    {
        Programs = programs;
        Official = official;
    }

    /// <summary>The lists, loaded once per process.</summary>
    public static PublishedLists Instance => Loaded.Value;

    /// <summary>The FY2023 municipal programs as published.</summary>
    public ImmutableArray<ProgramSeed> Programs { get; }

    /// <summary>The official national program counts and request status, by fiscal year.</summary>
    public OfficialTables Official { get; }

    private static PublishedLists Load(TenantDirectory directory) =>
        new(LoadPrograms(directory), new OfficialTables(LoadProgramCounts(), LoadRequestStatus()));

    private static CsvTable Table(string fileName) => CsvTable.Load(typeof(PublishedLists).Assembly, fileName);

    private static ImmutableArray<ProgramSeed> LoadPrograms(TenantDirectory directory)
    {
        var table = Table("fy2023-programs.csv");
        return [.. table.Rows.Select(r =>
        {
            var code = table.LgCodeCell(r, "lg_code");
            if (directory.Municipality(code) is null)
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
        var table = Table("national-program-counts.csv");
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
        var table = Table("national-request-status.csv");
        return [.. table.Rows.Select(r => new RequestStatusSummary(
            table.IntCell(r, "fiscal_year"),
            table.IntCell(r, "municipalities"),
            table.IntCell(r, "desk_clarified"),
            table.IntCell(r, "desk_publicized"),
            table.IntCell(r, "fact_finding_survey"),
            table.IntCell(r, "municipal_platform"),
            table.Cell(r, "note") is { Length: > 0 } note ? note : null))];
    }
}
