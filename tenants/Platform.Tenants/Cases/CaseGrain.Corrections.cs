namespace Platform.Tenants.Cases;

/// <summary>
/// Correcting a wrong entry of the consultation log or of the referrals: the entry is replaced
/// in place (same id, same worker), the entry as it was goes to the case's history with the
/// reason, and the statistics follow the corrected month, channel or destination.
/// </summary>
public sealed partial class CaseGrain
{
    /// <inheritdoc />
    public Task<CaseResult> CorrectContact(string contactId, ContactCorrection correction, string? reason, string? clientMutationId) =>
        Change(clientMutationId, "case.correct-contact", (file, caller) =>
        {
            var contact = file.Contacts.IsDefault ? null : file.Contacts.FirstOrDefault(c => c.Id == contactId);
            if (contact is null)
            {
                return CaseResult.Fail("CONTACT_NOT_FOUND", "The case has no contact with this id.", "input", "contactId");
            }

            var notes = string.IsNullOrWhiteSpace(correction.Notes) ? null : correction.Notes;
            if ((ReasonRefusal(reason, out var why) ?? ContactRefusal(file, correction.At, correction.Minutes, notes) ?? ClosedYears.Refusal(JapanDate.Of(contact.At), Today(), "contactId")) is { } refused)
            {
                return refused;
            }

            var corrected = contact with { At = correction.At, Channel = correction.Channel, With = correction.With, Minutes = correction.Minutes, Notes = notes };
            var fields = Changed(
                ("at", contact.At == corrected.At), ("channel", contact.Channel == corrected.Channel), ("with", contact.With == corrected.With),
                ("minutes", contact.Minutes == corrected.Minutes), ("notes", contact.Notes == corrected.Notes));
            if (fields.IsEmpty)
            {
                return CaseResult.Fail("NOTHING_CHANGED", "The contact says this already.", "input");
            }

            return Edited(
                file with { Contacts = file.Contacts.Replace(contact, corrected) },
                recounted: (new CaseActivity(MonthOf(contact.At), contact.Channel, null), new CaseActivity(MonthOf(corrected.At), corrected.Channel, null)),
                logged: new CaseChange(clock.GetUtcNow(), caller.Subject, "correct-contact", [.. fields.Select(f => $"contact.{f}")], why, null, PreviousContact: contact));
        });

    /// <inheritdoc />
    public Task<CaseResult> CorrectReferral(string referralId, ReferralCorrection correction, string? reason, string? clientMutationId) =>
        Change(clientMutationId, "case.correct-referral", (file, caller) =>
        {
            var referral = file.Referrals.IsDefault ? null : file.Referrals.FirstOrDefault(r => r.Id == referralId);
            if (referral is null)
            {
                return CaseResult.Fail("REFERRAL_NOT_FOUND", "The case has no referral with this id.", "input", "referralId");
            }

            var (agency, notes) = (string.IsNullOrWhiteSpace(correction.AgencyName) ? null : correction.AgencyName.Trim(), string.IsNullOrWhiteSpace(correction.Notes) ? null : correction.Notes);
            if ((ReasonRefusal(reason, out var why) ?? ReferralRefusal(file, correction.ReferredOn, agency, notes) ?? ClosedYears.Refusal(referral.ReferredOn, Today(), "referralId")) is { } refused)
            {
                return refused;
            }

            var corrected = referral with { Destination = correction.Destination, AgencyName = agency, ReferredOn = correction.ReferredOn, Notes = notes };
            var fields = Changed(
                ("destination", referral.Destination == corrected.Destination), ("agencyName", referral.AgencyName == corrected.AgencyName),
                ("referredOn", referral.ReferredOn == corrected.ReferredOn), ("notes", referral.Notes == corrected.Notes));
            if (fields.IsEmpty)
            {
                return CaseResult.Fail("NOTHING_CHANGED", "The referral says this already.", "input");
            }

            return Edited(
                file with { Referrals = file.Referrals.Replace(referral, corrected) },
                recounted: (new CaseActivity(MonthOf(referral.ReferredOn), null, referral.Destination), new CaseActivity(MonthOf(corrected.ReferredOn), null, corrected.Destination)),
                logged: new CaseChange(clock.GetUtcNow(), caller.Subject, "correct-referral", [.. fields.Select(f => $"referral.{f}")], why, null, PreviousReferral: referral));
        });

    private static ImmutableArray<string> Changed(params (string Field, bool Same)[] fields) =>
        [.. fields.Where(f => !f.Same).Select(f => f.Field)];

    // A correction always says why: the history must explain why the log no longer says what it said.
    private static CaseResult? ReasonRefusal(string? reason, out string? why)
    {
        why = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        if (why is null)
        {
            return CaseResult.Fail("REASON_REQUIRED", "A correction says why (reason cannot be empty).", "input", "reason");
        }

        return why.Length > CaseRules.MaxNotes
            ? CaseResult.Fail("TOO_LONG", $"reason may have at most {CaseRules.MaxNotes} characters.", "input", "reason")
            : TextRules.Check(why, true, "reason") is { } invalid ? new CaseResult(null, [invalid]) : null;
    }
}
