namespace Platform.Tenants.Cases;

/// <summary>
/// A tenant's case book, keyed by the tenant's LG code: the case
/// index (number, status, worker, dates, blind name index) for fast listing, and the counters.
/// </summary>
[Alias("platform.case-book"), OwnedBy(OwnerKind.Tenant)]
public interface ICaseBookGrain : IGrainWithStringKey
{
    /// <summary>
    /// Sets (not adds) a case's entry; a repeated entry changes nothing. Returns once the entry is
    /// stored. Interleaves with the book's other calls, so entries arriving together are stored together.
    /// </summary>
    [Alias("upsert"), Access(AccessLevel.System), Orleans.Concurrency.AlwaysInterleave]
    Task Upsert(CaseSummary summary);

    /// <summary>A page of cases, optionally by status or by the blind index of a normalised kana.</summary>
    [Alias("list"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CasePage> List(CaseStatus? status, string? nameIndex, string? afterCaseNumber, int first);

    /// <summary>A page of the cases that match every condition of <paramref name="filter"/>, from the index alone.</summary>
    [Alias("find"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CasePage> Find(CaseFilter filter, string? afterCaseNumber, int first);

    /// <summary>Per worker: the open cases, and how many of them had no contact for 30, 60 and 90 days.</summary>
    [Alias("caseload"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Tenant, Roles = [Roles.Supervisor])]
    Task<System.Collections.Immutable.ImmutableArray<WorkerCaseload>> GetCaseload();

    /// <summary>The counters of a fiscal year, or of one month (1–12) of it.</summary>
    [Alias("statistics"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Tenant, Roles = [Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseStatistics> GetStatistics(int fiscalYear, int? month);

    /// <summary>
    /// Sets how many years closed cases are kept (1–30); a durable daily reminder then purges
    /// the personal data of cases closed longer ago. The counters stay. Audited; a retry with the
    /// same client mutation id applies once. Years out of range: RETENTION_OUT_OF_RANGE.
    /// </summary>
    [Alias("set-retention"), Access(AccessLevel.Tenant, Roles = [Roles.TenantAdmin])]
    Task<RetentionResult> SetRetention(int years, string? clientMutationId);

    /// <summary>The retention in years (0 when the tenant has not set one: nothing is purged).</summary>
    [Alias("retention"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<int> GetRetention();

    /// <summary>Purges the personal data of closed cases past the retention; returns how many.</summary>
    [Alias("purge-expired"), Access(AccessLevel.System)]
    Task<int> PurgeExpired();
}
