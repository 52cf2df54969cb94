namespace Platform.Tenants.Municipalities;

/// <summary>A municipality: its programs and request status, rolled up to its prefecture and its programs' books.</summary>
public sealed partial class MunicipalityGrain(
    [PersistentState("municipality", StorageNames.Platform)] IPersistentState<MunicipalityState> state,
    TenantDirectory directory,
    CallerSigner signer,
    ILogger<MunicipalityGrain> logger) : Grain, IMunicipalityGrain
{
    private MunicipalityInfo _info = null!;

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        // Only codes from the reference data are municipalities; anything else never activates.
        _info = directory.Municipality(this.GetPrimaryKeyString())
            ?? throw new ArgumentException($"'{this.GetPrimaryKeyString()}' is not a municipality's LG code.");
        if (state.State.FormerDesignationReplies.Entries.Count > 0 || state.State.FormerRequestReplies.Entries.Count > 0)
        {
            // Whole replies, as earlier versions kept them: a retry now re-reads what it changed.
            state.State.FormerDesignationReplies = new();
            state.State.FormerRequestReplies = new();
            await state.WriteStateAsync();
        }

        await RollUpPending();
    }

    /// <inheritdoc />
    public Task<ProgramRecord?> GetProgram(int fiscalYear) =>
        Task.FromResult(state.State.Programs.GetValueOrDefault(fiscalYear));

    /// <inheritdoc />
    public Task<ImmutableArray<ProgramRecord>> GetPrograms() =>
        Task.FromResult(state.State.Programs.Values.ToImmutableArray());

    /// <inheritdoc />
    public Task<MunicipalRequestStatus?> GetRequestStatus(int fiscalYear) =>
        Task.FromResult(EffectiveRequestStatus(fiscalYear));

    /// <inheritdoc />
    public async Task<DesignationResult> Designate(ProgramDesignation designation) =>
        await ProgramHistory.Designate(state, state.State.Programs, designation, VerifiedCaller(), forPrefecture: false, logger, SaveAndRollUp, MarkChanging);

    /// <inheritdoc />
    public async Task SeedProgram(ProgramRecord program)
    {
        if (!state.State.Programs.ContainsKey(program.FiscalYear))
        {
            await MarkChanging(program.FiscalYear);
            ProgramHistory.Seed(state.State.Programs, program);
            await SaveAndRollUp(program.FiscalYear);
        }
    }

    /// <inheritdoc />
    public async Task<RequestStatusResult> ReportRequestStatus(MunicipalRequestStatus status, string? clientMutationId)
    {
        var caller = VerifiedCaller();
        var command = ClientCommand.Of(state, caller, clientMutationId, logger, "request-status");
        if (command.WasApplied(out var reportedYear))
        {
            return int.TryParse(reportedYear, System.Globalization.CultureInfo.InvariantCulture, out var year) && EffectiveRequestStatus(year) is { } reported
                ? new RequestStatusResult(reported, [])
                : new RequestStatusResult(null, [new UserError("REQUEST_STATUS_NOT_FOUND", "The report this request made is gone.", ["input", "fiscalYear"])]);
        }

        var errors = RequestStatusRules.Validate(status);
        if (!errors.IsEmpty)
        {
            return new RequestStatusResult(null, errors);
        }

        return await command.Apply(
            ProgramHistory.Year(status.FiscalYear),
            () => state.State.RequestStatus[status.FiscalYear] = status,
            new RequestStatusResult(status, []),
            store: () => SaveAndRollUp(status.FiscalYear));
    }

    /// <inheritdoc />
    public async Task<DesignationResult> RecordStartupSupport(int fiscalYear, bool provided, string? clientMutationId)
    {
        // Start-up support is the prefecture's to record: the call filter admits only the
        // municipality's prefecture (AccessLevel.Prefecture).
        var caller = VerifiedCaller();
        var command = ClientCommand.Of(state, caller, clientMutationId, logger, "startup-support");
        if (command.WasApplied(out var supportedYear))
        {
            return ProgramHistory.Applied(state.State.Programs, supportedYear);
        }

        if (state.State.Programs.GetValueOrDefault(fiscalYear) is not { } program)
        {
            return new DesignationResult(null, [new UserError("PROGRAM_NOT_FOUND", $"{_info.Name} has no program in fiscal year {fiscalYear}; designate it first.", ["input", "fiscalYear"])]);
        }

        var supported = program with { PrefecturalStartupSupport = provided };
        await MarkChanging(fiscalYear);
        return await command.Apply(ProgramHistory.Year(fiscalYear), () => state.State.Programs[fiscalYear] = supported, new DesignationResult(supported, []), store: () => SaveAndRollUp(fiscalYear));
    }

    // The call filter has checked role and tenant (the municipality's own TenantAdmin, or its
    // prefecture's staff); the caller is needed for the command's idempotency key.
    private static Caller VerifiedCaller() =>
        CallerContext.Current ?? throw new AccessDeniedException("A municipality's records are changed by a verified caller.");

    private async Task SaveAndRollUp(int fiscalYear)
    {
        // The pending mark is written in the same row as the change: nothing is lost if the
        // roll-up below fails, because activation (or the next change) reports it again.
        state.State.PendingRollup.Add(fiscalYear);
        await state.WriteStateAsync();
        await RollUpPending();
    }

    private Task RollUpPending() =>
        this.ReportYearsOrRetry(
            state.State.PendingRollup,
            signer,
            ReportYear,
            // A designation may decide a preparation grant's condition (the prefecture notices it).
            () => GrainFactory.Grain<PrefecturalSupport.IPrefecturalSupportGrain>(_info.PrefectureCode).CheckGrantConditions(_info.Code),
            RollUpPending,
            logger,
            "Roll-up of municipality {Code} to prefecture {Prefecture} failed; it will be retried",
            _info.Code, _info.PrefectureCode);

    private async Task ReportYear(int year)
    {
        await Book(year).Set(_info.Code, state.State.Programs.GetValueOrDefault(year));
        await GrainFactory.Grain<IPrefectureGrain>(_info.PrefectureCode).ReportMunicipalFigures(new MunicipalFigures(
            _info.Code,
            year,
            state.State.Programs.GetValueOrDefault(year)?.Tier,
            EffectiveRequestStatus(year)));
    }
}
