using Platform.Tenants.Statistics;

namespace Platform.Tenants.Activities;

/// <summary>What the activity book shows: lists, function delivery against the tier, statistics.</summary>
public sealed partial class ActivityBookGrain
{
    /// <inheritdoc />
    public Task<ImmutableArray<Activity>> GetActivities(int fiscalYear, ActivityKind? kind) =>
        Task.FromResult(OfYear(fiscalYear).Where(a => kind is null || a.Kind == kind).ToImmutableArray());

    /// <inheritdoc />
    public Task<ImmutableArray<PlaceOfBelonging>> GetPlaces() =>
        Task.FromResult(state.State.Places.Values.OrderBy(p => p.Name, StringComparer.Ordinal).ToImmutableArray());

    /// <inheritdoc />
    public Task<ImmutableArray<PlaceOfBelonging>> GetPublicPlaces() =>
        Task.FromResult(state.State.Places.Values.Where(p => p.IsPublic && p.ClosedOn is null).OrderBy(p => p.Name, StringComparer.Ordinal).ToImmutableArray());

    /// <inheritdoc />
    public Task<ConsultationDesk?> GetPublicDesk() =>
        Task.FromResult(state.State.Desk is { Publicized: true } desk ? desk : null);

    /// <inheritdoc />
    public async Task<ImmutableArray<FunctionDelivery>> GetFunctionDelivery(int fiscalYear) =>
        FunctionEvidence.Count([.. OfYear(fiscalYear)], await CaseStatistics(fiscalYear, null));

    /// <inheritdoc />
    public async Task<TierDelivery?> GetTierDelivery(int fiscalYear)
    {
        var program = await Program(fiscalYear);
        return program is null ? null : FunctionEvidence.Judge(program, await GetFunctionDelivery(fiscalYear), Today());
    }

    /// <inheritdoc />
    public async Task<StatisticsSheet> GetStatistics(int fiscalYear, int? month)
    {
        var cases = await CaseStatistics(fiscalYear, month);
        var program = await Program(fiscalYear);
        var tier = program?.Tier;
        var programs = new ProgramSummary(
            fiscalYear,
            Municipality is null && tier == ProgramTier.RegionalSupportCenter ? 1 : 0,
            Municipality is not null && tier == ProgramTier.RegionalSupportCenter ? 1 : 0,
            tier == ProgramTier.SupportStation ? 1 : 0,
            tier == ProgramTier.SupportProject ? 1 : 0);
        var requests = new RequestStatusSummary(fiscalYear, 0, 0, 0, 0, 0);
        if (Municipality is not null)
        {
            var status = await GrainFactory.Grain<IMunicipalityGrain>(Tenant).GetRequestStatus(fiscalYear);
            requests = new RequestStatusSummary(fiscalYear, 1, One(status?.DeskClarified), One(status?.DeskPublicized), One(status?.FactFindingSurvey), One(status?.MunicipalPlatform));
        }

        var tallies = ActivityTallies.MonthsOf(fiscalYear, month).Select(m => ActivityTallies.Month(state.State.Activities.Values, m));
        return StatisticsSheet.Plain(new AreaFigures(
            fiscalYear, month, cases.NewCases, cases.ContactsByChannel.Values.Sum(), cases.ActiveCases,
            cases.ContactsByChannel.GetValueOrDefault(nameof(ContactChannel.HomeVisit)),
            ActivityTallies.Sum(tallies.SelectMany(t => t.Tallies)), programs, requests));
    }

    private static int One(bool? value) => value == true ? 1 : 0;

    private IEnumerable<Activity> OfYear(int fiscalYear) =>
        state.State.Activities.Values.Where(a => FiscalYear.Of(a.HeldOn) == fiscalYear).OrderBy(a => a.HeldOn).ThenBy(a => a.Id, StringComparer.Ordinal);

    // The case counters are the consultation evidence; read as the platform, as a roll-up is.
    private async Task<CaseStatistics> CaseStatistics(int fiscalYear, int? month)
    {
        using (CallerContext.EnterSystem(signer))
        {
            return await GrainFactory.Grain<ICaseBookGrain>(Tenant).GetStatistics(fiscalYear, month);
        }
    }

    private Task<ProgramRecord?> Program(int fiscalYear) => Municipality is not null
        ? GrainFactory.Grain<IMunicipalityGrain>(Tenant).GetProgram(fiscalYear)
        : GrainFactory.Grain<IPrefectureGrain>(Prefecture!.Code).GetProgram(fiscalYear);
}
