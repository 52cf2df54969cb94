namespace Platform.Tenants.Cases;

/// <summary>
/// A whole case file. Special care-required personal information (要配慮個人情報): it never
/// leaves its tenant except by a consented transfer, and every read is audited.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.case-file.v1")]
public sealed record CaseFile(
    [property: Id(0)] string Id,
    [property: Id(1)] string TenantCode,
    [property: Id(2)] string CaseNumber,
    [property: Id(3)] CaseStatus Status,
    [property: Id(4)] DateOnly OpenedOn,
    [property: Id(5)] DateOnly? ClosedOn,
    [property: Id(6)] ClosureReason? ClosureReason,
    [property: Id(7)] ReferralSource ReferralSource,
    [property: Id(8)] CaseSubject? Subject,
    [property: Id(9)] Household? Household,
    [property: Id(10)] WithdrawalDuration? WithdrawalDuration,
    [property: Id(11)] ImmutableArray<Concern> Concerns,
    [property: Id(12)] string? AssignedTo,
    [property: Id(13)] string? Notes,
    [property: Id(14)] ImmutableArray<Contact> Contacts,
    [property: Id(15)] ImmutableArray<Referral> Referrals,
    [property: Id(16)] ImmutableArray<Consent> Consents,
    [property: Id(17)] string? TransferredTo,
    [property: Id(18)] string? TransferredFrom,
    [property: Id(19)] bool Purged,
    [property: Id(20)] string? SatelliteId = null);
