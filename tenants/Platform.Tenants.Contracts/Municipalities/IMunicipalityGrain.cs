using Platform.Tenants.Activities;

namespace Platform.Tenants.Municipalities;

/// <summary>
/// One municipality (市区町村), keyed by its 6-digit LG code: its programs across fiscal years and
/// its answers to the national requests. Changes roll up to its prefecture.
/// </summary>
[Alias("platform.municipality"), OwnedBy(OwnerKind.Municipality)]
public interface IMunicipalityGrain : IGrainWithStringKey
{
    /// <summary>The program of <paramref name="fiscalYear"/>, or null when it ran none.</summary>
    // Interleaves (a pure read): the prefecture's support reads it while this municipality may be
    // waiting for that prefecture in its roll-up.
    [Alias("program"), Orleans.Concurrency.AlwaysInterleave, Access(AccessLevel.Public)]
    Task<ProgramRecord?> GetProgram(int fiscalYear);

    /// <summary>Every program, oldest fiscal year first.</summary>
    [Alias("programs"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Public)]
    Task<ImmutableArray<ProgramRecord>> GetPrograms();

    /// <summary>Designates the program of a fiscal year; a retry with the same client mutation id applies once.</summary>
    [Alias("designate")]
    [Access(AccessLevel.Tenant, Roles = [Roles.TenantAdmin, Roles.PrefecturalOfficer], AllowPrefecture = true, OwnerRoles = [Roles.TenantAdmin])]
    Task<DesignationResult> Designate(ProgramDesignation designation);

    /// <summary>Loads a program from reference data unless that fiscal year already has one.</summary>
    [Alias("seed-program")]
    [Access(AccessLevel.System)]
    Task SeedProgram(ProgramRecord program);

    /// <summary>Reports the request status of a fiscal year; a retry with the same client mutation id applies once.</summary>
    [Alias("report-request-status")]
    [Access(AccessLevel.Tenant, Roles = [Roles.TenantAdmin, Roles.PrefecturalOfficer], AllowPrefecture = true, OwnerRoles = [Roles.TenantAdmin])]
    Task<RequestStatusResult> ReportRequestStatus(MunicipalRequestStatus status, string? clientMutationId);

    /// <summary>The request status reported for <paramref name="fiscalYear"/>, or null when none was.</summary>
    [Alias("request-status"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Public)]
    Task<MunicipalRequestStatus?> GetRequestStatus(int fiscalYear);

    /// <summary>
    /// Records whether the prefecture gives start-up support (立ち上げ支援) to the program of a
    /// fiscal year: the program's <c>PrefecturalStartupSupport</c> flag. Only the municipality's
    /// prefecture may; the program must exist.
    /// </summary>
    [Alias("record-startup-support")]
    [Access(AccessLevel.Prefecture, Roles = [Roles.TenantAdmin, Roles.PrefecturalOfficer])]
    Task<DesignationResult> RecordStartupSupport(int fiscalYear, bool provided, string? clientMutationId);

    /// <summary>
    /// Sends every stored program again to its fiscal year's program book (and the year's
    /// figures to the prefecture): asked by a book whose mark of this municipality stayed, and
    /// when loading fills the books of a deployment that had none.
    /// </summary>
    [Alias("resend-programs")]
    [Access(AccessLevel.System)]
    Task ResendPrograms();

    /// <summary>Sets (not adds) what the municipality's activity book shows for the requests of a fiscal year.</summary>
    [Alias("report-request-evidence")]
    [Access(AccessLevel.System)]
    Task ReportRequestEvidence(RequestEvidence evidence);
}
