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
    TenantDirectory directory,
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
            number = await GrainFactory.Grain<ICaseNumberGrain>($"{_tenant}/{FiscalYear.Of(intake.OpenedOn)}").Next();
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
    public Task<CaseStanding?> GetStanding() =>
        Task.FromResult(state.State.File is { } file ? CaseStanding.Of(file) : null);

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

    private static string NewId() => Guid.NewGuid().ToString("N");

    private static int MonthOf(DateTimeOffset at) => MonthOf(JapanDate.Of(at));

    private static int MonthOf(DateOnly date) => YearMonth.Of(date).Number;

    // Dates are Japanese dates: the platform's users live in UTC+9.
    private DateOnly Today() => JapanDate.Today(clock);

    private static Caller Caller() =>
        CallerContext.Current ?? throw new AccessDeniedException("A case can only be reached by a verified caller.");
}
