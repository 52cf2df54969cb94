namespace Platform.Tenants.Cases;

/// <summary>
/// The consultation log and the referrals: recording contacts and referrals (each a counted
/// event) and their outcomes, and the checks their corrections share.
/// </summary>
public sealed partial class CaseGrain
{
    /// <inheritdoc />
    public Task<CaseResult> RecordContact(DateTimeOffset at, ContactChannel channel, ContactParty with, int? minutes, string? notes, string? clientMutationId) =>
        Change(clientMutationId, "case.contact", (file, caller) =>
        {
            if (ContactRefusal(file, at, minutes, notes) is { } refused)
            {
                return refused;
            }

            var contact = new Contact(NewId(), at, channel, with, minutes, caller.Subject, notes);
            return Edited(file with { Contacts = file.Contacts.Add(contact) }, counted: new CaseActivity(MonthOf(at), channel, null));
        });

    /// <inheritdoc />
    public Task<CaseResult> Refer(ReferralDestination destination, string? agencyName, DateOnly referredOn, string? notes, string? clientMutationId) =>
        Change(clientMutationId, "case.refer", (file, _) =>
        {
            if (ReferralRefusal(file, referredOn, agencyName, notes) is { } refused)
            {
                return refused;
            }

            return Edited(
                file with { Referrals = file.Referrals.Add(new Referral(NewId(), destination, agencyName, referredOn, ReferralOutcome.Pending, notes)) },
                counted: new CaseActivity(MonthOf(referredOn), null, destination));
        });

    /// <inheritdoc />
    public Task<CaseResult> RecordReferralOutcome(string referralId, ReferralOutcome outcome, string? clientMutationId) =>
        Change(clientMutationId, "case.referral-outcome", (file, _) =>
        {
            var referral = file.Referrals.FirstOrDefault(r => r.Id == referralId);
            return referral is null
                ? CaseResult.Fail("REFERRAL_NOT_FOUND", "The case has no referral with this id.", "input", "referralId")
                : ClosedYears.Refusal(referral.ReferredOn, Today(), "referralId")
                    ?? Ok(file with { Referrals = file.Referrals.Replace(referral, referral with { Outcome = outcome }) });
        });

    private CaseResult? ContactRefusal(CaseFile file, DateTimeOffset at, int? minutes, string? notes)
    {
        if (at > clock.GetUtcNow().AddMinutes(5))
        {
            return CaseResult.Fail("DATE_IN_FUTURE", "at cannot be in the future.", "input", "at");
        }

        if (minutes is < 0 or > 24 * 60)
        {
            return CaseResult.Fail("MINUTES_OUT_OF_RANGE", "minutes must be between 0 and 1440.", "input", "minutes");
        }

        return notes is { Length: > CaseRules.MaxNotes }
            ? CaseResult.Fail("TOO_LONG", $"notes may have at most {CaseRules.MaxNotes} characters.", "input", "notes")
            : CaseInput.Refusal(file, JapanDate.Of(at), "at", (notes, true, "notes")) ?? ClosedYears.Refusal(JapanDate.Of(at), Today(), "at");
    }

    private CaseResult? ReferralRefusal(CaseFile file, DateOnly referredOn, string? agencyName, string? notes) =>
        referredOn > Today()
            ? CaseResult.Fail("DATE_IN_FUTURE", "referredOn cannot be in the future.", "input", "referredOn")
            : agencyName is { Length: > CaseRules.MaxText } || notes is { Length: > CaseRules.MaxNotes }
                ? CaseResult.Fail("TOO_LONG", "agencyName or notes is too long.", "input")
                : CaseInput.Refusal(file, referredOn, "referredOn", (agencyName, false, "agencyName"), (notes, true, "notes"))
                    ?? ClosedYears.Refusal(referredOn, Today(), "referredOn");
}
