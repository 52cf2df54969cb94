namespace Platform.Tenants.Cases;

/// <summary>Consents: given for a purpose (transfer, information sharing, prefectural consultation) and withdrawn.</summary>
public sealed partial class CaseGrain
{
    /// <inheritdoc />
    public Task<CaseResult> RecordConsent(ConsentPurpose purpose, string? agencyName, ConsentGiver givenBy, DateOnly givenOn, string? clientMutationId) =>
        Change(clientMutationId, "case.consent", (file, _) =>
        {
            if (givenOn > Today())
            {
                return CaseResult.Fail("DATE_IN_FUTURE", "givenOn cannot be in the future.", "input", "givenOn");
            }

            if (purpose == ConsentPurpose.InformationSharing && string.IsNullOrWhiteSpace(agencyName))
            {
                return CaseResult.Fail("AGENCY_REQUIRED", "Consent to share information names the agency.", "input", "agencyName");
            }

            if ((CaseInput.Refusal(file, givenOn, "givenOn", (agencyName, false, "agencyName")) ?? ClosedYears.Refusal(givenOn, Today(), "givenOn")) is { } refused)
            {
                return refused;
            }

            return Ok(file with { Consents = file.Consents.Add(new Consent(NewId(), purpose, agencyName?.Trim(), givenBy, givenOn, null)) });
        });

    /// <inheritdoc />
    public Task<CaseResult> WithdrawConsent(string consentId, DateOnly withdrawnOn, string? clientMutationId) =>
        Change(clientMutationId, "case.consent-withdraw", (file, _) =>
        {
            var consent = file.Consents.FirstOrDefault(c => c.Id == consentId);
            if (consent is null)
            {
                return CaseResult.Fail("CONSENT_NOT_FOUND", "The case has no consent with this id.", "input", "consentId");
            }

            if (!consent.IsInForce)
            {
                return CaseResult.Fail("CONSENT_ALREADY_WITHDRAWN", "The consent was withdrawn already.", "input", "consentId");
            }

            return withdrawnOn > Today()
                ? CaseResult.Fail("DATE_IN_FUTURE", "withdrawnOn cannot be in the future.", "input", "withdrawnOn")
                : withdrawnOn < consent.GivenOn
                    ? CaseResult.Fail("DATE_OUT_OF_RANGE", "withdrawnOn must be between the day it was given and today.", "input", "withdrawnOn")
                    : ClosedYears.Refusal(withdrawnOn, Today(), "withdrawnOn") ?? Ok(file with { Consents = file.Consents.Replace(consent, consent with { WithdrawnOn = withdrawnOn }) });
        });
}
