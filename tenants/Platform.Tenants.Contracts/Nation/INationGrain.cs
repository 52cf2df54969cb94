using Platform.Tenants.Cases;
using Platform.Tenants.Satellites;

namespace Platform.Tenants.Nation;

/// <summary>
/// The nation (国, MHLW), key <see cref="Key"/>: national totals per fiscal year, kept current by
/// the prefectures' reports so no query scans the municipalities.
/// </summary>
[Alias("platform.nation"), OwnedBy(OwnerKind.None)]
public interface INationGrain : IGrainWithStringKey
{
    /// <summary>The one key this grain is used with.</summary>
    const string Key = "nation";

    /// <summary>Sets (not adds) one prefecture's figures for one fiscal year.</summary>
    [Alias("report-prefecture")]
    [Access(AccessLevel.System)]
    Task ReportPrefectureFigures(PrefectureFigures figures);

    /// <summary>Sets (not adds) a prefecture's case counters for the months given.</summary>
    [Alias("report-case-figures")]
    [Access(AccessLevel.System)]
    Task ReportCaseFigures(string prefectureCode, ImmutableArray<CaseStatistics> months);

    /// <summary>National case counters for a fiscal year or one of its months (counts only).</summary>
    [Alias("case-statistics"), Orleans.Concurrency.ReadOnly]
    [Access(AccessLevel.Role, Roles = [Roles.NationalAnalyst])]
    Task<CaseStatistics> GetCaseStatistics(int fiscalYear, int? month);

    /// <summary>National program counts from the platform's records.</summary>
    [Alias("program-summary"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Public)]
    Task<ProgramSummary> GetProgramSummary(int fiscalYear);

    /// <summary>National request status from the platform's records.</summary>
    [Alias("request-status-summary"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Public)]
    Task<RequestStatusSummary> GetRequestStatusSummary(int fiscalYear);

    /// <summary>Sets (not adds) one prefecture's satellite figures.</summary>
    [Alias("report-satellites")]
    [Access(AccessLevel.System)]
    Task ReportSatelliteFigures(SatelliteFigures figures);

    /// <summary>The satellite figures of every prefecture that has reported any, in code order.</summary>
    [Alias("satellite-figures"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Public)]
    Task<ImmutableArray<SatelliteFigures>> GetSatelliteFigures();
}
