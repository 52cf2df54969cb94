namespace Platform.Tenants.Consultations;

/// <summary>
/// One back-office consultation, keyed "{municipality LG code}/{id}": the municipality owns it
/// and its prefecture is admitted. The prefecture reads the case summary only while the case's
/// prefectural-consultation consent is in force and the consultation is not closed. Every read
/// and change is audited in the municipality's chain.
/// </summary>
[Alias("platform.consultation"), OwnedBy(OwnerKind.TenantPrefixed)]
public interface IConsultationGrain : IGrainWithStringKey
{
    /// <summary>Opens the consultation (called by the case, which checked the consent).</summary>
    [Alias("open"), Access(AccessLevel.System)]
    Task<ConsultationRecord> Open(string caseId, string question, string requestedBy);

    /// <summary>The consultation as the caller may see it; null when none has this id.</summary>
    [Alias("get")]
    [Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer], AllowPrefecture = true)]
    Task<ConsultationView?> Get();

    /// <summary>Advice from the prefecture's center (prefecture callers only).</summary>
    [Alias("respond")]
    [Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.PrefecturalOfficer], AllowPrefecture = true)]
    Task<ConsultationResult> Respond(string advice, string? clientMutationId);

    /// <summary>Closes the consultation; the prefecture loses access to the case summary.</summary>
    [Alias("close")]
    [Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer], AllowPrefecture = true)]
    Task<ConsultationResult> Close(string? clientMutationId);
}
