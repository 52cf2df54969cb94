using Platform.Tenants.Nation;

namespace Platform.Tenants.Prefectures;

/// <summary>A prefecture: its own center and the running totals of its municipalities.</summary>
public sealed partial class PrefectureGrain(
    [PersistentState("prefecture", StorageNames.Platform)] IPersistentState<PrefectureState> state,
    TenantDirectory directory,
    CallerSigner signer,
    ILogger<PrefectureGrain> logger) : Grain, IPrefectureGrain
{
    private PrefectureInfo _info = null!;

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _info = directory.Prefecture(this.GetPrimaryKeyString()) is { } p && p.Code == this.GetPrimaryKeyString()
            ? p
            : throw new ArgumentException($"'{this.GetPrimaryKeyString()}' is not a 2-digit prefecture code.");
        if (state.State.FormerDesignationReplies.Entries.Count > 0)
        {
            // Whole replies, as earlier versions kept them: a retry now re-reads the program.
            state.State.FormerDesignationReplies = new();
            await state.WriteStateAsync();
        }

        await RollUpPending();
        await RollUpCases();
    }

    /// <inheritdoc />
    public Task<ProgramRecord?> GetProgram(int fiscalYear) =>
        Task.FromResult(state.State.Programs.GetValueOrDefault(fiscalYear));

    /// <inheritdoc />
    public async Task<DesignationResult> Designate(ProgramDesignation designation)
    {
        // The call filter admits the prefecture's own TenantAdmin and PrefecturalOfficer only.
        var caller = CallerContext.Current ?? throw new AccessDeniedException($"The programs of prefecture {_info.Code} are changed by a verified caller.");

        return await ProgramHistory.Designate(state, state.State.Programs, designation, caller, forPrefecture: true, logger, SaveAndRollUp);
    }

    /// <inheritdoc />
    public async Task SeedProgram(ProgramRecord program)
    {
        if (ProgramHistory.Seed(state.State.Programs, program))
        {
            await SaveAndRollUp(program.FiscalYear);
        }
    }

    /// <inheritdoc />
    public async Task ReportMunicipalFigures(MunicipalFigures figures)
    {
        if (directory.Municipality(figures.MunicipalityCode)?.PrefectureCode != _info.Code)
        {
            throw new ArgumentException($"{figures.MunicipalityCode} is not a municipality of prefecture {_info.Code}.");
        }

        if (!state.State.Municipal.TryGetValue(figures.FiscalYear, out var year))
        {
            state.State.Municipal[figures.FiscalYear] = year = [];
        }

        var empty = figures.Tier is null && figures.Requests is null;
        var unchanged = year.TryGetValue(figures.MunicipalityCode, out var current) ? current == figures : empty;
        if (unchanged)
        {
            // A repeated report (a retry, or a re-report after a restart) changes nothing.
            await RollUpPending();
            return;
        }

        if (empty)
        {
            year.Remove(figures.MunicipalityCode);
        }
        else
        {
            year[figures.MunicipalityCode] = figures;
        }

        await SaveAndRollUp(figures.FiscalYear);
    }

    /// <inheritdoc />
    public Task<ProgramSummary> GetProgramSummary(int fiscalYear) => Task.FromResult(ProgramsOf(fiscalYear));

    /// <inheritdoc />
    public Task<RequestStatusSummary> GetRequestStatusSummary(int fiscalYear) => Task.FromResult(RequestsOf(fiscalYear));

    /// <inheritdoc />
    public Task<ImmutableDictionary<string, ProgramTier>> GetMunicipalTiers(int fiscalYear) =>
        Task.FromResult(MunicipalOf(fiscalYear)
            .Where(f => f.Tier is not null)
            .ToImmutableDictionary(f => f.MunicipalityCode, f => f.Tier!.Value, StringComparer.Ordinal));

    private IEnumerable<MunicipalFigures> MunicipalOf(int fiscalYear) =>
        state.State.Municipal.TryGetValue(fiscalYear, out var year) ? year.Values : [];

    private ProgramSummary ProgramsOf(int fiscalYear)
    {
        var tiers = MunicipalOf(fiscalYear).Select(f => f.Tier).ToList();
        var ownCenter = state.State.Programs.GetValueOrDefault(fiscalYear)?.Tier == ProgramTier.RegionalSupportCenter;
        return new ProgramSummary(
            fiscalYear,
            ownCenter ? 1 : 0,
            tiers.Count(t => t == ProgramTier.RegionalSupportCenter),
            tiers.Count(t => t == ProgramTier.SupportStation),
            tiers.Count(t => t == ProgramTier.SupportProject));
    }

    private RequestStatusSummary RequestsOf(int fiscalYear)
    {
        var reports = MunicipalOf(fiscalYear).Select(f => f.Requests).OfType<MunicipalRequestStatus>().ToList();
        return new RequestStatusSummary(
            fiscalYear,
            directory.MunicipalitiesOf(_info.Code).Length,
            reports.Count(r => r.DeskClarified),
            reports.Count(r => r.DeskPublicized),
            reports.Count(r => r.FactFindingSurvey),
            reports.Count(r => r.MunicipalPlatform));
    }

    private async Task SaveAndRollUp(int fiscalYear)
    {
        // Same pattern as the municipality: the pending mark is stored with the change.
        state.State.PendingRollup.Add(fiscalYear);
        await state.WriteStateAsync();
        await RollUpPending();
    }

    private Task RollUpPending() =>
        this.ReportYearsOrRetry(
            state.State.PendingRollup,
            signer,
            year => GrainFactory.Grain<INationGrain>(INationGrain.Key).ReportPrefectureFigures(new PrefectureFigures(_info.Code, ProgramsOf(year), RequestsOf(year))),
            () => Task.CompletedTask,
            RollUpPending,
            logger,
            "Roll-up of prefecture {Code} to the nation failed; it will be retried",
            _info.Code);
}
