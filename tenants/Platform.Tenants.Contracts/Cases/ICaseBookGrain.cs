using Platform.Tenants.Access;
using Platform.Tenants.Common;

namespace Platform.Tenants.Cases;

/// <summary>
/// A tenant's case book, keyed by the tenant's LG code: case numbers per fiscal year, the case
/// index (number, status, worker, dates, blind name index) for fast listing, and the counters.
/// </summary>
[Alias("platform.case-book"), OwnedBy(OwnerKind.Tenant)]
public interface ICaseBookGrain : IGrainWithStringKey
{
    /// <summary>The next case number of the fiscal year ("2025-000123").</summary>
    [Alias("next-number"), Access(AccessLevel.System)]
    Task<string> NextNumber(int fiscalYear);

    /// <summary>Sets (not adds) a case's entry; a repeated entry changes nothing.</summary>
    [Alias("upsert"), Access(AccessLevel.System)]
    Task Upsert(CaseSummary summary);

    /// <summary>A page of cases, optionally by status or by the blind index of a normalised kana.</summary>
    [Alias("list"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CasePage> List(CaseStatus? status, string? nameIndex, string? afterCaseNumber, int first);

    /// <summary>The counters of a fiscal year, or of one month (1–12) of it.</summary>
    [Alias("statistics"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Tenant, Roles = [Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseStatistics> GetStatistics(int fiscalYear, int? month);
}
