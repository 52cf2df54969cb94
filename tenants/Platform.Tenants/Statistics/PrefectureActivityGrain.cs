using System.Collections.Immutable;
using Platform.Tenants.Access;
using Platform.Tenants.Activities;
using Platform.Tenants.Cases;
using Platform.Tenants.Common;
using Platform.Tenants.Directory;
using Platform.Tenants.Prefectures;
using Platform.Tenants.ReferenceData;

namespace Platform.Tenants.Statistics;

/// <summary>
/// A prefecture's activity totals (reports replace a tenant's months, so a repeat never counts
/// twice) and its statistics: these totals with the prefecture's case counters, program counts
/// and request status, which the prefecture grain already keeps.
/// </summary>
public sealed class PrefectureActivityGrain(
    [PersistentState("prefecture-activity", StorageNames.Platform)] IPersistentState<PrefectureActivityState> state,
    ReferenceCatalog reference,
    CallerSigner signer) : Grain, IPrefectureActivityGrain
{
    private PrefectureInfo Info => reference.Index.Prefecture(this.GetPrimaryKeyString()) is { } p && p.Code == this.GetPrimaryKeyString()
        ? p
        : throw new ArgumentException($"'{this.GetPrimaryKeyString()}' is not a 2-digit prefecture code.");

    /// <inheritdoc />
    public async Task Report(string tenantCode, ImmutableArray<ActivityMonth> months)
    {
        var inPrefecture = reference.Index.Municipality(tenantCode)?.PrefectureCode == Info.Code || tenantCode == Info.LgCode;
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
        var tallies = ActivityTallies.Sum(state.State.Tenants.Values
            .SelectMany(byMonth => byMonth.Where(kv => keys.Contains(kv.Key)).SelectMany(kv => kv.Value.Tallies)));
        var prefecture = GrainFactory.GetGrain<IPrefectureGrain>(Info.Code);
        CaseStatistics cases;
        using (CallerContext.EnterSystem(signer))
        {
            cases = await prefecture.GetCaseStatistics(fiscalYear, month);
        }

        return new AreaFigures(
            fiscalYear, month, cases.NewCases, cases.ContactsByChannel.Values.Sum(), cases.ActiveCases,
            cases.ContactsByChannel.GetValueOrDefault(nameof(ContactChannel.HomeVisit)),
            tallies, await prefecture.GetProgramSummary(fiscalYear), await prefecture.GetRequestStatusSummary(fiscalYear));
    }

    /// <inheritdoc />
    public async Task<StatisticsSheet> GetStatistics(int fiscalYear, int? month) =>
        StatisticsSheet.Plain(await GetFigures(fiscalYear, month));
}
