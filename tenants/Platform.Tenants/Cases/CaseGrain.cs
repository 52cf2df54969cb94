using System.Collections.Immutable;
using Microsoft.Extensions.Logging;
using Platform.Tenants.Access;
using Platform.Tenants.Audit;
using Platform.Tenants.Common;
using Platform.Tenants.Security;

namespace Platform.Tenants.Cases;

/// <summary>
/// One case file. The call filter has already checked that the caller is staff of the tenant
/// named in the key; this grain applies the life cycle, audits every read and change, and keeps
/// its tenant's case book (index and counters) current.
/// </summary>
public sealed partial class CaseGrain(
    [PersistentState("case", StorageNames.Platform)] IPersistentState<CaseState> state,
    CallerSigner signer,
    IBlindIndex blindIndex,
    IAuditLog audit,
    ReferenceData.ReferenceCatalog reference,
    PlatformClock clock,
    ILogger<CaseGrain> logger) : Grain, ICaseGrain
{
    private string _tenant = "";
    private string _id = "";

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString();
        var slash = key.IndexOf('/');
        if (slash <= 0 || slash == key.Length - 1)
        {
            throw new ArgumentException("A case key is '{tenant}/{id}'.");
        }

        (_tenant, _id) = (key[..slash], key[(slash + 1)..]);
        if (state.State.File is not null && state.State.TenantCode != _tenant)
        {
            // Encryption binds state to a tenant, not to a grain: refuse another tenant's file.
            throw new InvalidOperationException("The stored case belongs to another tenant.");
        }

        if (state.State.FormerReplies.Entries.Count > 0 || state.State.FormerConsultationReplies.Entries.Count > 0)
        {
            // Whole replies with personal data, as earlier versions kept them: gone for good.
            state.State.FormerReplies = new();
            state.State.FormerConsultationReplies = new();
            await state.WriteStateAsync();
        }

        if (state.State.IndexPending)
        {
            // Not awaited here: the caller that activated this case may be its book (a purge),
            // which is not reentrant and would wait for this activation. The timer interleaves,
            // so the call that activated the case runs while the entry is on its way.
            this.RegisterGrainTimer(SyncIndex, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = true });
        }
    }

    /// <inheritdoc />
    public async Task<CaseResult> Open(CaseIntake intake, string? clientMutationId)
    {
        var caller = Caller();
        var command = Command(caller, clientMutationId);
        if (command.WasApplied(out _))
        {
            return await Replay(caller);
        }

        if (state.State.File is not null)
        {
            return CaseResult.Fail("CASE_EXISTS", "A case with this id exists already.", "input");
        }

        var errors = CaseRules.Validate(intake, Today());
        if (!errors.IsEmpty)
        {
            return new CaseResult(null, errors);
        }

        if (intake.SatelliteId is { } satelliteId && await AttachToSatellite(satelliteId) is { } satelliteError)
        {
            return satelliteError;
        }

        string number;
        using (CallerContext.EnterSystem(signer))
        {
            number = await GrainFactory.GetGrain<ICaseNumberGrain>($"{_tenant}/{FiscalYear.Of(intake.OpenedOn)}").Next();
        }

        var file = new CaseFile(
            _id, _tenant, number, CaseStatus.Intake, intake.OpenedOn, null, null, intake.ReferralSource,
            intake.Subject, intake.Household, intake.WithdrawalDuration, [.. intake.Concerns.Distinct()],
            intake.AssignedTo ?? caller.Subject, intake.Notes, [], [], [], null, null, false, intake.SatelliteId);
        return await Commit(command, file, caller, "case.open", () =>
        {
            state.State.TenantCode = _tenant;
            CaptureFacts(file);
        });
    }

    /// <inheritdoc />
    public async Task<CaseFile?> Get()
    {
        if (state.State.File is not { } file)
        {
            return null;
        }

        await Audit(Caller(), "case.read", AuditOutcome.Allowed);
        return file;
    }

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

    /// <inheritdoc />
    public Task<CaseResult> ChangeStatus(CaseStatus status, string? clientMutationId) =>
        Change(clientMutationId, "case.status", (file, _) =>
            CaseRules.Transition(file.Status, status) is { } error ? new CaseResult(null, [error]) : Ok(file with { Status = status }),
            allowClosed: true);

    /// <inheritdoc />
    public Task<CaseResult> Close(DateOnly closedOn, ClosureReason reason, string? clientMutationId) =>
        Change(clientMutationId, "case.close", (file, _) =>
        {
            if (closedOn > Today())
            {
                return CaseResult.Fail("DATE_IN_FUTURE", "closedOn cannot be in the future.", "input", "closedOn");
            }

            if (closedOn < file.OpenedOn)
            {
                return CaseResult.Fail("DATE_OUT_OF_RANGE", "closedOn must be between the opening day and today.", "input", "closedOn");
            }

            return reason == ClosureReason.Transferred
                ? CaseResult.Fail("USE_TRANSFER", "A case is transferred with the transfer operation.", "input", "reason")
                : Ok(file with { Status = CaseStatus.Closed, ClosedOn = closedOn, ClosureReason = reason });
        });

    /// <inheritdoc />
    public Task<CaseResult> Reopen(DateOnly reopenedOn, string? clientMutationId) =>
        Change(clientMutationId, "case.reopen", (file, _) =>
            file.Status != CaseStatus.Closed
                ? CaseResult.Fail("INVALID_TRANSITION", "Only a closed case can be reopened.", "input")
                : reopenedOn > Today()
                    ? CaseResult.Fail("DATE_IN_FUTURE", "reopenedOn cannot be in the future.", "input", "reopenedOn")
                    : reopenedOn < file.ClosedOn
                        ? CaseResult.Fail("DATE_OUT_OF_RANGE", "reopenedOn must be between the closing day and today.", "input", "reopenedOn")
                        : Ok(file with { Status = CaseStatus.Active, ClosedOn = null, ClosureReason = null }),
            allowClosed: true);
}
