using Platform.Tenants.Cases;

namespace Platform.Tenants.Prefectures;

/// <summary>
/// One prefecture (都道府県), keyed by its 2-digit code: its own regional support center across
/// fiscal years, and the running roll-up of its municipalities' programs and request status,
/// which it passes on to the nation.
/// </summary>
[Alias("platform.prefecture"), OwnedBy(OwnerKind.Prefecture)]
public interface IPrefectureGrain : IGrainWithStringKey
{
    /// <summary>The prefecture's own center in <paramref name="fiscalYear"/>, or null.</summary>
    [Alias("program"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Public)]
    Task<ProgramRecord?> GetProgram(int fiscalYear);

    /// <summary>Designates the prefecture's own center for a fiscal year.</summary>
    [Alias("designate")]
    [Access(AccessLevel.Tenant, Roles = [Roles.TenantAdmin, Roles.PrefecturalOfficer])]
    Task<DesignationResult> Designate(ProgramDesignation designation);

    /// <summary>Loads the prefecture's center from reference data unless that year already has one.</summary>
    [Alias("seed-program")]
    [Access(AccessLevel.System)]
    Task SeedProgram(ProgramRecord program);

    /// <summary>Sets (not adds) what a municipality contributes to the totals of a fiscal year.</summary>
    [Alias("report-municipal-figures")]
    [Access(AccessLevel.System)]
    Task ReportMunicipalFigures(MunicipalFigures figures);

    /// <summary>Sets (not adds) a tenant's case counters for the months given (yyyyMM via fiscal year and month).</summary>
    [Alias("report-case-figures")]
    [Access(AccessLevel.System)]
    Task ReportCaseFigures(string tenantCode, ImmutableArray<CaseStatistics> months);

    /// <summary>Case counters of the prefecture's tenants for a fiscal year or one of its months.</summary>
    [Alias("case-statistics"), Orleans.Concurrency.ReadOnly]
    [Access(AccessLevel.Tenant, Roles = [Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer])]
    Task<CaseStatistics> GetCaseStatistics(int fiscalYear, int? month);

    /// <summary>The case counters of each of the prefecture's tenants, for a fiscal year or one of its months.</summary>
    [Alias("case-statistics-by-tenant"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.System)]
    Task<ImmutableDictionary<string, CaseStatistics>> GetCaseStatisticsByTenant(int fiscalYear, int? month);

    /// <summary>Program counts in the prefecture (its center and its municipalities').</summary>
    [Alias("program-summary"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Public)]
    Task<ProgramSummary> GetProgramSummary(int fiscalYear);

    /// <summary>Request status of the prefecture's municipalities.</summary>
    [Alias("request-status-summary"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Public)]
    Task<RequestStatusSummary> GetRequestStatusSummary(int fiscalYear);

    /// <summary>The tier of every municipality of the prefecture that runs a program in the year.</summary>
    [Alias("municipal-tiers"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Public)]
    Task<ImmutableDictionary<string, ProgramTier>> GetMunicipalTiers(int fiscalYear);
}
