namespace Platform.Tenants.Programs;

/// <summary>
/// Program counts by tier for one fiscal year, in the layout of the national tables.
/// Designated cities' centers count as municipal centers, as in those tables.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.program-summary.v1")]
public sealed record ProgramSummary(
    [property: Id(0)] int FiscalYear,
    [property: Id(1)] int PrefectureCenters,
    [property: Id(2)] int MunicipalCenters,
    [property: Id(3)] int SupportStations,
    [property: Id(4)] int SupportProjects)
{
    /// <summary>All programs together.</summary>
    public int Total => PrefectureCenters + MunicipalCenters + SupportStations + SupportProjects;

    /// <summary>An all-zero summary for <paramref name="fiscalYear"/>.</summary>
    public static ProgramSummary Empty(int fiscalYear) => new(fiscalYear, 0, 0, 0, 0);

    /// <summary>The sum of two summaries of the same fiscal year.</summary>
    public ProgramSummary Add(ProgramSummary other) => new(
        FiscalYear,
        PrefectureCenters + other.PrefectureCenters,
        MunicipalCenters + other.MunicipalCenters,
        SupportStations + other.SupportStations,
        SupportProjects + other.SupportProjects);
}
