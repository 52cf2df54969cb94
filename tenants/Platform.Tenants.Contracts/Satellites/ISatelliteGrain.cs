namespace Platform.Tenants.Satellites;

/// <summary>
/// One satellite, keyed "{prefecture LG code}/{id}": the prefecture's tenant owns it. Its life
/// cycle is PLANNED → OPERATING (when its establishment date arrives) → TRANSITIONED or CLOSED.
/// A durable reminder raises the transition alerts. A retry with the same client mutation id
/// from the same caller applies once.
/// </summary>
[Alias("platform.satellite"), OwnedBy(OwnerKind.TenantPrefixed)]
public interface ISatelliteGrain : IGrainWithStringKey
{
    /// <summary>Creates the satellite (called by the prefecture's support grain, which checked the rules).</summary>
    [Alias("create"), Access(AccessLevel.System)]
    Task<SatelliteRecord> Create(string municipalityCode, DateOnly establishedOn, DateOnly plannedTransitionOn, string establishedBy);

    /// <summary>The satellite, or null when none has this id.</summary>
    [Alias("get"), Orleans.Concurrency.ReadOnly]
    [Access(AccessLevel.Tenant, Roles = [Roles.PrefecturalOfficer, Roles.TenantAdmin, Roles.Supervisor])]
    Task<SatelliteRecord?> Get();

    /// <summary>Moves the planned transition later; the reason is kept in the history.</summary>
    [Alias("extend"), Access(AccessLevel.Tenant, Roles = [Roles.PrefecturalOfficer, Roles.TenantAdmin])]
    Task<SatelliteResult> Extend(DateOnly plannedTransitionOn, string reason, string? clientMutationId);

    /// <summary>
    /// Hands the satellite over: designates the municipality's program for the fiscal year of the
    /// transition, transfers the satellite's cases that carry a transfer consent to the
    /// municipality, and lists the others (they stay with the prefecture) for follow-up.
    /// </summary>
    [Alias("transition"), Access(AccessLevel.Tenant, Roles = [Roles.PrefecturalOfficer, Roles.TenantAdmin])]
    Task<SatelliteResult> Transition(SatelliteTransition transition, string? clientMutationId);

    /// <summary>Closes the satellite without a handover; its cases stay with the prefecture.</summary>
    [Alias("close"), Access(AccessLevel.Tenant, Roles = [Roles.PrefecturalOfficer, Roles.TenantAdmin])]
    Task<SatelliteResult> Close(DateOnly closedOn, string reason, string? clientMutationId);

    /// <summary>Records that a case of the prefecture is handled by this satellite; false when it is not active.</summary>
    [Alias("attach-case"), Access(AccessLevel.System)]
    Task<bool> AttachCase(string caseId);

    /// <summary>Brings the status up to today and raises the alerts that are due (what the reminder runs).</summary>
    [Alias("check-alerts"), Access(AccessLevel.System)]
    Task CheckAlerts();
}
