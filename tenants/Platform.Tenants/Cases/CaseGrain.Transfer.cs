using System.Security.Cryptography;
using System.Text;

namespace Platform.Tenants.Cases;

/// <summary>Moving a file between tenants, and purging it after its retention.</summary>
public sealed partial class CaseGrain
{
    /// <inheritdoc />
    public async Task<CaseResult> Transfer(string targetTenant, string? clientMutationId)
    {
        var caller = Caller();
        var command = Command(caller, clientMutationId);
        if (command.WasApplied(out _))
        {
            return await Replay(caller);
        }

        if (state.State.File is not { } file)
        {
            return CaseResult.Fail("CASE_NOT_FOUND", "There is no case with this id.", "input", "caseId");
        }

        if (file.Status is CaseStatus.Closed or CaseStatus.Transferred || file.Purged)
        {
            return CaseResult.Fail("CASE_NOT_OPEN", $"A {file.Status} case cannot be transferred.", "input", "caseId");
        }

        var known = directory.IsTenant(targetTenant);
        if (!known || targetTenant == _tenant)
        {
            return CaseResult.Fail("INVALID_TARGET_TENANT", "The target must be another municipality or prefecture (its LG code).", "input", "targetTenantCode");
        }

        if (!file.Consents.Any(c => c.Purpose == ConsentPurpose.Transfer && c.IsInForce))
        {
            return CaseResult.Fail("TRANSFER_CONSENT_REQUIRED", "A transfer needs a recorded transfer consent that has not been withdrawn.", "input", "caseId");
        }

        await Audit(caller, "case.transfer", AuditOutcome.Allowed);
        using (CallerContext.EnterSystem(signer))
        {
            await GrainFactory.Grain<ICaseGrain>($"{targetTenant}/{ReceivingId()}")
                .Receive(file with { TransferredFrom = $"{_tenant}/{file.CaseNumber}" });
        }

        // The sender keeps a stub: the number, the dates and the counts, no personal data.
        var stub = WithoutPersonalData(file) with
        {
            Status = CaseStatus.Transferred,
            ClosedOn = Today(),
            ClosureReason = ClosureReason.Transferred,
            TransferredTo = targetTenant,
        };
        // No retry of an earlier command may reach the file that went; this one sees the stub.
        return await Commit(command, stub, caller, "case.transfer-stub", ForgetPersonalHistory);
    }

    /// <inheritdoc />
    public async Task<CaseFile> Receive(CaseFile file)
    {
        if (state.State.File is { } existing)
        {
            return existing;
        }

        var today = Today();
        var number = await GrainFactory.Grain<ICaseNumberGrain>($"{_tenant}/{Common.FiscalYear.Of(today)}").Next();
        var received = file with { Id = _id, TenantCode = _tenant, CaseNumber = number, TransferredTo = null, SatelliteId = null };
        await Commit(Command(CallerContext.System, null), received, CallerContext.System, "case.receive", () =>
        {
            state.State.TenantCode = _tenant;
            state.State.StatReceived = true;
            CaptureFacts(received);
        });

        // The receiving tenant's supervisors hear of it (ids only); the feed drops a repeat.
        await this.Notify(GrainFactory, signer, logger, _tenant, new Notifications.NoticeDraft(
            Notifications.NoticeKind.TransferReceived, Notifications.NoticeAudience.Role(Roles.Supervisor), "Case", $"{_tenant}/{_id}", $"transfer-received|{_tenant}/{_id}"));
        return received;
    }

    /// <inheritdoc />
    public async Task<CaseSummary?> Purge(DateOnly today, int retentionYears)
    {
        if (state.State.File is not { Status: CaseStatus.Closed, Purged: false, ClosedOn: { } closedOn } file
            || closedOn.AddYears(retentionYears) >= today)
        {
            return null;
        }

        var purged = WithoutPersonalData(file) with { Purged = true };
        await Commit(Command(CallerContext.System, null), purged, CallerContext.System, "case.purge", ForgetPersonalHistory, syncIndex: false);

        // The book applies this entry; the pending mark stays stored, so if it does not, the
        // next activation of this case sends it again.
        state.State.IndexPending = false;
        return Summarize(purged);
    }

    // What went with the file: the history of its personal data, and every applied command.
    private void ForgetPersonalHistory()
    {
        state.State.Applied.Clear();
        state.State.History.Clear();
    }

    // A transfer's receiving case id is derived from the sending case, so a retried transfer
    // reaches the same receiving case instead of creating a second one.
    private string ReceivingId() =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"transfer:{_tenant}/{_id}")))[..32];

    private static CaseFile WithoutPersonalData(CaseFile file) => file with
    {
        Subject = null,
        Household = null,
        WithdrawalDuration = null,
        Concerns = [],
        AssignedTo = null,
        Notes = null,
        Contacts = [],
        Referrals = [],
        Consents = [],
    };
}
