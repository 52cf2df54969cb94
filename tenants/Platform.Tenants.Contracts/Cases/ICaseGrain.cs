using Platform.Tenants.Consultations;

namespace Platform.Tenants.Cases;

/// <summary>
/// One case file, keyed "{tenant LG code}/{case id}": the tenant that owns it is part of the key
/// and comes from the verified caller when the case is opened. Every read and change is audited.
/// A retry with the same client mutation id from the same caller applies once.
/// </summary>
[Alias("platform.case"), OwnedBy(OwnerKind.TenantPrefixed)]
public interface ICaseGrain : IGrainWithStringKey
{
    /// <summary>Opens the case (INTAKE) and gives it its number for the fiscal year.</summary>
    [Alias("open"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseResult> Open(CaseIntake intake, string? clientMutationId);

    /// <summary>The file, or null when no case has this id.</summary>
    [Alias("get"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseFile?> Get();

    /// <summary>Where the case stands (status, opening day, purged), or null when no case has this id. Not audited: no personal data.</summary>
    [Alias("get-standing"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseStanding?> GetStanding();

    /// <summary>Adds an entry to the consultation log.</summary>
    [Alias("record-contact"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseResult> RecordContact(DateTimeOffset at, ContactChannel channel, ContactParty with, int? minutes, string? notes, string? clientMutationId);

    /// <summary>Refers the case to another agency.</summary>
    [Alias("refer"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseResult> Refer(ReferralDestination destination, string? agencyName, DateOnly referredOn, string? notes, string? clientMutationId);

    /// <summary>Records what became of a referral.</summary>
    [Alias("referral-outcome"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseResult> RecordReferralOutcome(string referralId, ReferralOutcome outcome, string? clientMutationId);

    /// <summary>Records a consent given by the person or a family member on their behalf.</summary>
    [Alias("record-consent"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseResult> RecordConsent(ConsentPurpose purpose, string? agencyName, ConsentGiver givenBy, DateOnly givenOn, string? clientMutationId);

    /// <summary>Withdraws a consent; it stops counting at once.</summary>
    [Alias("withdraw-consent"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseResult> WithdrawConsent(string consentId, DateOnly withdrawnOn, string? clientMutationId);

    /// <summary>Moves an open case between INTAKE, ACTIVE and MONITORING.</summary>
    [Alias("change-status"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseResult> ChangeStatus(CaseStatus status, string? clientMutationId);

    /// <summary>Closes the case with a reason.</summary>
    [Alias("close"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseResult> Close(DateOnly closedOn, ClosureReason reason, string? clientMutationId);

    /// <summary>Reopens a closed case (back to ACTIVE).</summary>
    [Alias("reopen"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseResult> Reopen(DateOnly reopenedOn, string? clientMutationId);

    /// <summary>
    /// Hands the case to <paramref name="assignee"/>: a supervisor, or the worker in charge handing
    /// over. Kept in the case's history with the previous worker and the reason; the new worker
    /// is notified (ids only). Refused: ASSIGNEE_REQUIRED, ALREADY_ASSIGNED, REASSIGN_NOT_ALLOWED,
    /// CASE_NOT_OPEN (transferred or purged).
    /// </summary>
    [Alias("reassign"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseResult> Reassign(string assignee, string? reason, string? clientMutationId);

    /// <summary>
    /// Replaces the person's details (a name or kana added later is found by search); the previous
    /// values go to the history with <paramref name="reason"/>. Checked as at intake; refused on a
    /// closed, transferred or purged case (CASE_NOT_OPEN) and when nothing changes (NOTHING_CHANGED).
    /// </summary>
    [Alias("update-subject"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseResult> UpdateSubject(CaseSubject? subject, string? reason, string? clientMutationId);

    /// <summary>Replaces the household, keeping the previous one in the history (rules as <see cref="UpdateSubject"/>).</summary>
    [Alias("update-household"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseResult> UpdateHousehold(Household? household, string? reason, string? clientMutationId);

    /// <summary>Replaces the concerns, keeping the previous ones in the history (rules as <see cref="UpdateSubject"/>).</summary>
    [Alias("update-concerns"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseResult> UpdateConcerns(ImmutableArray<Concern> concerns, string? reason, string? clientMutationId);

    /// <summary>Replaces the case notes, keeping the previous ones in the history (rules as <see cref="UpdateSubject"/>).</summary>
    [Alias("update-notes"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseResult> UpdateNotes(string? notes, string? reason, string? clientMutationId);

    /// <summary>
    /// Replaces a wrong entry of the consultation log with <paramref name="correction"/> (same id,
    /// same worker); the entry as it was goes to the history with <paramref name="reason"/>, which
    /// is required. Checked as a new contact is. Refused: CONTACT_NOT_FOUND, REASON_REQUIRED,
    /// NOTHING_CHANGED, CASE_NOT_OPEN (closed, transferred or purged).
    /// </summary>
    [Alias("correct-contact"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseResult> CorrectContact(string contactId, ContactCorrection correction, string? reason, string? clientMutationId);

    /// <summary>
    /// Replaces a wrong referral (destination, agency, day, notes; its outcome stays) with the
    /// referral as it was kept in the history (rules as <see cref="CorrectContact"/>; REFERRAL_NOT_FOUND).
    /// </summary>
    [Alias("correct-referral"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseResult> CorrectReferral(string referralId, ReferralCorrection correction, string? reason, string? clientMutationId);

    /// <summary>The case's history of changes, oldest first (audited like every read); empty when there is no case.</summary>
    [Alias("history"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<ImmutableArray<CaseChange>> GetHistory();

    /// <summary>
    /// Transfers the whole file to <paramref name="targetTenant"/> under a recorded, unwithdrawn
    /// transfer consent; this case keeps a TRANSFERRED stub without personal data.
    /// </summary>
    [Alias("transfer"), Access(AccessLevel.Tenant, Roles = [Roles.Supervisor, Roles.TenantAdmin])]
    Task<CaseResult> Transfer(string targetTenant, string? clientMutationId);

    /// <summary>Receives a transferred file as a new case of this grain's tenant.</summary>
    [Alias("receive"), Access(AccessLevel.System)]
    Task<CaseFile> Receive(CaseFile file);

    /// <summary>
    /// Removes the personal data of a closed case past its retention; its counts stay. Returns
    /// the new case book entry (the caller is the case book, which applies it itself: the case
    /// must not call back into a book that is waiting for it), or null when nothing was purged.
    /// </summary>
    [Alias("purge"), Access(AccessLevel.System)]
    Task<CaseSummary?> Purge(DateOnly today, int retentionYears);

    /// <summary>
    /// Asks the prefecture's center for advice on this case; needs a prefectural-consultation
    /// consent in force. Only municipalities' cases can be consulted on.
    /// </summary>
    [Alias("request-consultation"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<ConsultationResult> RequestConsultation(string question, string? clientMutationId);

    /// <summary>The grain keys of the consultations asked on this case, oldest first.</summary>
    [Alias("consultations"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<ImmutableArray<string>> GetConsultations();

    /// <summary>
    /// The pseudonymised summary for the consultation with <paramref name="consultationKey"/>, or
    /// null when the case no longer has a prefectural-consultation consent in force (or that
    /// consultation is not of this case). Interleaves (it only reads): the consultation asks for
    /// it while this case may be waiting for that consultation (a retried request reads it).
    /// </summary>
    [Alias("consultation-summary"), Orleans.Concurrency.AlwaysInterleave, Access(AccessLevel.System)]
    Task<PseudonymisedCaseSummary?> GetConsultationSummary(string consultationKey);
}
