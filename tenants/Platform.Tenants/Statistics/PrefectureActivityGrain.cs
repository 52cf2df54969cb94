using Platform.Tenants.Activities;

namespace Platform.Tenants.Statistics;

/// <summary>
/// A prefecture's activity totals (reports replace a tenant's months, so a repeat never counts
/// twice) and its statistics: these totals with the prefecture's case counters, program counts
/// and request status, which the prefecture grain already keeps.
/// </summary>
public sealed class PrefectureActivityGrain(
    [PersistentState("prefecture-activity", StorageNames.Platform)] IPersistentState<PrefectureActivityState> state,
    TenantDirectory directory,
    CallerSigner signer) : Grain, IPrefectureActivityGrain
{
    private PrefectureInfo Info => directory.Prefecture(this.GetPrimaryKeyString()) is { } p && p.Code == this.GetPrimaryKeyString()
        ? p
        : throw new ArgumentException($"'{this.GetPrimaryKeyString()}' is not a 2-digit prefecture code.");

    /// <inheritdoc />
    public async Task Report(string tenantCode, ImmutableArray<ActivityMonth> months)
    {
        var inPrefecture = directory.Municipality(tenantCode)?.PrefectureCode == Info.Code || tenantCode == Info.LgCode;
        if (!inPrefecture)
        {
            throw new ArgumentException($"{tenantCode} is not a tenant of prefecture {Info.Code}.");
        }

        if (!state.State.Tenants.TryGetValue(tenantCode, out var byMonth))
        {
            state.State.Tenants[tenantCode] = byMonth = [];
        }

        var changed = false;
        foreach (var month in months)
        {
            if (!byMonth.TryGetValue(month.Month, out var current) || !current.Same(month))
            {
                byMonth[month.Month] = month;
                changed = true;
            }
        }

        if (changed)
        {
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public async Task<AreaFigures> GetFigures(int fiscalYear, int? month)
    {
        var keys = ActivityTallies.MonthsOf(fiscalYear, month).ToHashSet();
        var tenantTallies = state.State.Tenants.Values
            .Select(byMonth => ActivityTallies.Sum(byMonth.Where(kv => keys.Contains(kv.Key)).SelectMany(kv => kv.Value.Tallies)))
            .ToList();
        var tallies = ActivityTallies.Sum(tenantTallies.SelectMany(t => t));
        var prefecture = GrainFactory.Grain<IPrefectureGrain>(Info.Code);
        ImmutableDictionary<string, CaseStatistics> casesByTenant;
        using (CallerContext.EnterSystem(signer))
        {
            casesByTenant = await prefecture.GetCaseStatisticsByTenant(fiscalYear, month);
        }

        // The prefecture's total is the sum of its tenants', as its own roll-up sums them.
        var cases = CaseStatisticsMath.SumAreas(fiscalYear, month, casesByTenant.Values);

        return new AreaFigures(
            fiscalYear, month, cases.NewCases, cases.ContactsByChannel.Values.Sum(), cases.ActiveCases,
            cases.ContactsByChannel.GetValueOrDefault(nameof(ContactChannel.HomeVisit)),
            tallies, await prefecture.GetProgramSummary(fiscalYear), await prefecture.GetRequestStatusSummary(fiscalYear),
            Contributors(casesByTenant.Values, tenantTallies, c => c > 0 ? 1 : 0, counts => counts.Sum()),
            Contributors(casesByTenant.Values, tenantTallies, c => c, counts => counts.DefaultIfEmpty(0).Max()));
    }

    // Per published measure, each tenant's own figure mapped by `each` and folded by `fold`: with
    // (count > 0 ? 1 : 0, sum) from how many tenants it was counted, with (count, max) the
    // largest single tenant's part (for the dominance rule).
    private static ImmutableDictionary<string, int> Contributors(
        IEnumerable<CaseStatistics> cases, IReadOnlyList<ImmutableArray<ActivityTally>> tallies, Func<int, int> each, Func<IEnumerable<int>, int> fold)
    {
        var caseList = cases.ToList();
        int Over<T>(IEnumerable<T> tenants, Func<T, int> count) => fold(tenants.Select(t => each(count(t))));
        var counts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            [Measures.NewCases] = Over(caseList, c => c.NewCases),
            [Measures.Contacts] = Over(caseList, c => c.ContactsByChannel.Values.Sum()),
            [Measures.ActiveCases] = Over(caseList, c => c.ActiveCases),
            [Measures.OutreachVisits] = Over(caseList, c => c.ContactsByChannel.GetValueOrDefault(nameof(ContactChannel.HomeVisit))),
        };
        foreach (var kind in Enum.GetValues<ActivityKind>())
        {
            counts[Measures.Participants(kind)] = Over(tallies, t => t.Where(k => k.Kind == kind).Sum(k => k.Participants));
            counts[Measures.FirstTimeParticipants(kind)] = Over(tallies, t => t.Where(k => k.Kind == kind).Sum(k => k.FirstTimeParticipants));
        }

        return counts.ToImmutableDictionary(StringComparer.Ordinal);
    }

    /// <inheritdoc />
    public async Task<StatisticsSheet> GetStatistics(int fiscalYear, int? month) =>
        StatisticsSheet.Plain(await GetFigures(fiscalYear, month));
}
