using Platform.Tenants.Consultations;
using Platform.Tenants.Nation;

namespace Platform.Tenants.PrefecturalSupport;

/// <summary>
/// A prefecture's back-up work: its satellites' index and alerts, its preparation grants and the
/// consultations it received. The call filter has checked the caller is the prefecture's.
/// </summary>
public sealed partial class PrefecturalSupportGrain(
    [PersistentState("prefectural-support", StorageNames.Platform)] IPersistentState<PrefecturalSupportState> state,
    TenantDirectory directory,
    CallerSigner signer,
    IAuditLog audit,
    PlatformClock clock,
    ILogger<PrefecturalSupportGrain> logger) : Grain, IPrefecturalSupportGrain
{
    /// <summary>How long a satellite runs before its handover, in principle (原則2年).</summary>
    public const int DefaultYearsToTransition = 2;

    /// <summary>The most alerts kept; the oldest go first.</summary>
    public const int MaxAlerts = 2000;

    private PrefectureInfo _info = null!;

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _info = directory.Prefecture(this.GetPrimaryKeyString()) is { } p && p.Code == this.GetPrimaryKeyString()
            ? p
            : throw new ArgumentException($"'{this.GetPrimaryKeyString()}' is not a 2-digit prefecture code.");

        // Set before any write: the storage encrypts the state with this tenant's key.
        state.State.TenantCode = _info.LgCode;
        if (state.State.FormerSatelliteReplies.Entries.Count > 0 || state.State.FormerGrantReplies.Entries.Count > 0)
        {
            // Whole replies, as earlier versions kept them: a retry now re-reads what it made.
            state.State.FormerSatelliteReplies = new();
            state.State.FormerGrantReplies = new();
            await state.WriteStateAsync();
        }

        await RollUp();
    }

    /// <inheritdoc />
    public async Task<SatelliteResult> EstablishSatellite(string municipalityCode, DateOnly establishedOn, DateOnly? plannedTransitionOn, string? clientMutationId)
    {
        var caller = Caller();
        var command = ClientCommand.Of(state, caller, clientMutationId, logger, "satellite");
        if (command.WasApplied(out var establishedId))
        {
            // Re-read through the satellite's own checked read: the caller's access is checked as of now.
            return await GrainFactory.Grain<ISatelliteGrain>(SatelliteRecord.GrainKey(_info.LgCode, establishedId)).Get() is { } again
                ? new SatelliteResult(again, [])
                : SatelliteResult.Fail("SATELLITE_NOT_FOUND", "There is no satellite with this id.", "input", "municipalityCode");
        }

        var planned = plannedTransitionOn ?? establishedOn.AddYears(DefaultYearsToTransition);
        if (await EstablishmentError(municipalityCode, establishedOn, planned) is { } error)
        {
            return error;
        }

        // The id follows from the index, so a retry after a failed write below reaches the same
        // satellite grain, which returns what it created the first time.
        var sequence = state.State.Satellites.Values.Count(s => s.MunicipalityCode == municipalityCode) + 1;
        var id = $"{municipalityCode}-{sequence}";
        await audit.AppendAsync(AuditRecord.For(caller, _info.LgCode, "satellite.establish", "Satellite", id, AuditOutcome.Allowed, clock.GetUtcNow()));
        SatelliteRecord created;
        using (CallerContext.EnterSystem(signer))
        {
            created = await GrainFactory.Grain<ISatelliteGrain>(SatelliteRecord.GrainKey(_info.LgCode, id))
                .Create(municipalityCode, establishedOn, planned, caller.Subject);
        }

        return await command.Apply(id, () => state.State.Satellites[id] = created, new SatelliteResult(created, []), store: SaveAndRollUp);
    }

    /// <inheritdoc />
    public Task<ImmutableArray<SatelliteRecord>> GetSatellites() =>
        Task.FromResult(state.State.Satellites.Values.ToImmutableArray());

    /// <inheritdoc />
    public async Task ReportSatellite(SatelliteRecord satellite)
    {
        if (satellite.PrefectureCode != _info.Code)
        {
            throw new ArgumentException($"Satellite {satellite.Id} is not of prefecture {_info.Code}.");
        }

        if (state.State.Satellites.TryGetValue(satellite.Id, out var current) && Same(current, satellite))
        {
            return;
        }

        state.State.Satellites[satellite.Id] = satellite;
        await SaveAndRollUp();
    }

    /// <inheritdoc />
    public async Task RaiseAlerts(ImmutableArray<SatelliteAlert> alerts)
    {
        var known = state.State.Alerts.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        var added = alerts.Where(a => known.Add(a.Key)).ToList();
        if (added.Count == 0)
        {
            return;
        }

        state.State.Alerts.AddRange(added);
        if (state.State.Alerts.Count > MaxAlerts)
        {
            state.State.Alerts.RemoveRange(0, state.State.Alerts.Count - MaxAlerts);
        }

        await state.WriteStateAsync();

        // The prefecture's officers and the host municipality's staff hear of each alert.
        foreach (var alert in added)
        {
            var key = $"satellite-alert|{alert.Key}";
            await this.Notify(GrainFactory, signer, logger, _info.LgCode,
                new Notifications.NoticeDraft(Notifications.NoticeKind.SatelliteAlert, Notifications.NoticeAudience.Role(Roles.PrefecturalOfficer), "Satellite", alert.SatelliteId, key));
            await this.Notify(GrainFactory, signer, logger, alert.MunicipalityCode,
                new Notifications.NoticeDraft(Notifications.NoticeKind.SatelliteAlert, Notifications.NoticeAudience.Role(Roles.TenantAdmin), "Satellite", alert.SatelliteId, key),
                new Notifications.NoticeDraft(Notifications.NoticeKind.SatelliteAlert, Notifications.NoticeAudience.Role(Roles.Supervisor), "Satellite", alert.SatelliteId, key + "|supervisor"));
        }
    }

    /// <inheritdoc />
    public Task<ImmutableArray<SatelliteAlert>> GetAlerts() =>
        Task.FromResult(state.State.Alerts.AsEnumerable().Reverse().ToImmutableArray());

    /// <inheritdoc />
    public async Task RegisterConsultation(ConsultationEntry entry)
    {
        if (directory.Municipality(entry.MunicipalityCode)?.PrefectureCode != _info.Code)
        {
            throw new ArgumentException($"{entry.MunicipalityCode} is not a municipality of prefecture {_info.Code}.");
        }

        if (state.State.Consultations.TryGetValue(entry.GrainKey, out var current) && current == entry)
        {
            return;
        }

        state.State.Consultations[entry.GrainKey] = entry;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<ImmutableArray<ConsultationEntry>> GetConsultations(ConsultationStatus? status) =>
        Task.FromResult(state.State.Consultations.Values
            .Where(c => status is null || c.Status == status)
            .OrderByDescending(c => c.RequestedAt)
            .ThenBy(c => c.GrainKey, StringComparer.Ordinal)
            .ToImmutableArray());

    private async Task<SatelliteResult?> EstablishmentError(string municipalityCode, DateOnly establishedOn, DateOnly planned)
    {
        if (directory.Municipality(municipalityCode) is not { } municipality || municipality.PrefectureCode != _info.Code)
        {
            return SatelliteResult.Fail("MUNICIPALITY_NOT_IN_PREFECTURE", $"{municipalityCode} is not a municipality of prefecture {_info.Code}.", "input", "municipalityCode");
        }

        if (!FiscalYear.IsValid(FiscalYear.Of(establishedOn)) || !FiscalYear.IsValid(FiscalYear.Of(planned)))
        {
            return SatelliteResult.Fail("DATE_OUT_OF_RANGE", $"Dates must fall in fiscal years {FiscalYear.Min}–{FiscalYear.Max}.", "input", "establishedOn");
        }

        if (planned <= establishedOn)
        {
            return SatelliteResult.Fail("DATE_OUT_OF_RANGE", "plannedTransitionOn must be after establishedOn.", "input", "plannedTransitionOn");
        }

        if (state.State.Satellites.Values.Any(s => s.MunicipalityCode == municipalityCode && s.IsActive))
        {
            return SatelliteResult.Fail("SATELLITE_EXISTS", $"{municipality.Name} has an active satellite already.", "input", "municipalityCode");
        }

        var program = await GrainFactory.Grain<IMunicipalityGrain>(municipalityCode).GetProgram(FiscalYear.Of(establishedOn));
        return program is null
            ? null
            : SatelliteResult.Fail("MUNICIPALITY_HAS_PROGRAM", $"{municipality.Name} runs its own program in fiscal year {program.FiscalYear}; satellites are for municipalities without one.", "input", "municipalityCode");
    }

    private static bool Same(SatelliteRecord a, SatelliteRecord b) =>
        a.Status == b.Status && a.PlannedTransitionOn == b.PlannedTransitionOn && a.TransitionedOn == b.TransitionedOn
        && a.ClosedOn == b.ClosedOn && a.History.SequenceEqual(b.History)
        && a.TransferredCaseIds.SequenceEqual(b.TransferredCaseIds) && a.FollowUpCaseIds.SequenceEqual(b.FollowUpCaseIds);

    private static Caller Caller() =>
        CallerContext.Current ?? throw new AccessDeniedException("Prefectural support can only be reached by a verified caller.");

    private async Task SaveAndRollUp()
    {
        // The pending mark is stored with the change, as in the program roll-ups.
        state.State.NationPending = true;
        await state.WriteStateAsync();
        await RollUp();
    }

    private async Task RollUp()
    {
        if (!state.State.NationPending)
        {
            return;
        }

        await this.SendOrRetry(
            async () =>
            {
                using (CallerContext.EnterSystem(signer))
                {
                    await GrainFactory.Grain<INationGrain>(INationGrain.Key).ReportSatelliteFigures(Figures());
                }

                state.State.NationPending = false;
            },
            RollUp,
            logger,
            "Satellite roll-up of prefecture {Code} to the nation failed; it will be retried",
            _info.Code);
    }

    private SatelliteFigures Figures()
    {
        var all = state.State.Satellites.Values.ToList();
        var transitions = all
            .Where(s => s.TransitionedOn is not null)
            .GroupBy(s => FiscalYear.Of(s.TransitionedOn!.Value))
            .ToImmutableSortedDictionary(g => g.Key, g => g.Count());
        return new SatelliteFigures(
            _info.Code,
            all.Count(s => s.Status == SatelliteStatus.Planned),
            all.Count(s => s.Status == SatelliteStatus.Operating),
            all.Count(s => s.Status == SatelliteStatus.Transitioned),
            all.Count(s => s.Status == SatelliteStatus.Closed),
            transitions);
    }
}
