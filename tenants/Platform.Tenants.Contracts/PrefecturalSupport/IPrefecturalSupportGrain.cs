using Platform.Tenants.Consultations;
using Platform.Tenants.Satellites;

namespace Platform.Tenants.PrefecturalSupport;

/// <summary>
/// A prefecture's back-up of its municipalities (後方支援), keyed by the 2-digit prefecture code:
/// the index of its satellites and their alerts, its preparation grants, and the consultations
/// its municipalities asked of its center. Satellite counts roll up to the nation.
/// </summary>
[Alias("platform.prefectural-support"), OwnedBy(OwnerKind.Prefecture)]
public interface IPrefecturalSupportGrain : IGrainWithStringKey
{
    /// <summary>
    /// Establishes a satellite in one of the prefecture's municipalities; the planned transition
    /// defaults to two years after establishment.
    /// </summary>
    [Alias("establish-satellite"), Access(AccessLevel.Tenant, Roles = [Roles.PrefecturalOfficer, Roles.TenantAdmin])]
    Task<SatelliteResult> EstablishSatellite(string municipalityCode, DateOnly establishedOn, DateOnly? plannedTransitionOn, string? clientMutationId);

    /// <summary>Every satellite of the prefecture, as last reported by each, in id order.</summary>
    [Alias("satellites"), Orleans.Concurrency.ReadOnly]
    [Access(AccessLevel.Tenant, Roles = [Roles.PrefecturalOfficer, Roles.TenantAdmin, Roles.Supervisor])]
    Task<ImmutableArray<SatelliteRecord>> GetSatellites();

    /// <summary>Sets (not adds) a satellite's entry, as the satellite reports it.</summary>
    [Alias("report-satellite"), Access(AccessLevel.System)]
    Task ReportSatellite(SatelliteRecord satellite);

    /// <summary>Keeps alerts raised by the satellites; an alert raised twice is kept once.</summary>
    [Alias("raise-alerts"), Access(AccessLevel.System)]
    Task RaiseAlerts(ImmutableArray<SatelliteAlert> alerts);

    /// <summary>The alerts raised, newest first.</summary>
    [Alias("alerts"), Orleans.Concurrency.ReadOnly]
    [Access(AccessLevel.Tenant, Roles = [Roles.PrefecturalOfficer, Roles.TenantAdmin, Roles.Supervisor])]
    Task<ImmutableArray<SatelliteAlert>> GetAlerts();

    /// <summary>Grants preparation support to a municipality of the prefecture for a fiscal year.</summary>
    [Alias("grant-preparation"), Access(AccessLevel.Tenant, Roles = [Roles.PrefecturalOfficer, Roles.TenantAdmin])]
    Task<PreparationGrantResult> GrantPreparationSupport(PreparationGrantRequest request, string? clientMutationId);

    /// <summary>The preparation grants, of one fiscal year or all, in the order granted.</summary>
    [Alias("preparation-grants"), Orleans.Concurrency.ReadOnly]
    [Access(AccessLevel.Tenant, Roles = [Roles.PrefecturalOfficer, Roles.TenantAdmin, Roles.Supervisor])]
    Task<ImmutableArray<PreparationGrant>> GetPreparationGrants(int? fiscalYear);

    /// <summary>
    /// Works out the condition of the grants not yet decided (of <paramref name="municipalityCode"/>,
    /// or all when null) from the next fiscal year's program, and raises a "grant condition decided"
    /// notice once for each that is now met or not met (the municipality's admins and the
    /// prefecture's officers). Called by a municipality's roll-up after a designation, and daily.
    /// </summary>
    [Alias("check-grant-conditions"), Access(AccessLevel.System)]
    Task CheckGrantConditions(string? municipalityCode);

    /// <summary>Sets (not adds) a consultation's entry in the prefecture's list.</summary>
    [Alias("register-consultation"), Access(AccessLevel.System)]
    Task RegisterConsultation(ConsultationEntry entry);

    /// <summary>The consultations the prefecture's center received, newest first.</summary>
    [Alias("consultations"), Orleans.Concurrency.ReadOnly]
    [Access(AccessLevel.Tenant, Roles = [Roles.PrefecturalOfficer, Roles.TenantAdmin, Roles.Supervisor, Roles.Caseworker])]
    Task<ImmutableArray<ConsultationEntry>> GetConsultations(ConsultationStatus? status);

    /// <summary>
    /// The caller's own municipality's view (<see cref="HostView"/>): the municipality is the
    /// verified caller's tenant, never an argument, and must be of this prefecture.
    /// </summary>
    [Alias("host-view"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.MunicipalityOfPrefecture, Roles = [Roles.TenantAdmin, Roles.Supervisor, Roles.Caseworker])]
    Task<HostView> GetHostView();
}
