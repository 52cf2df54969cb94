using Platform.Tenants.Nation;

namespace Platform.Tenants.Prefectures;

/// <summary>The prefecture's case counters: its tenants' monthly figures, passed on to the nation.</summary>
public sealed partial class PrefectureGrain
{
    /// <inheritdoc />
    public async Task ReportCaseFigures(string tenantCode, ImmutableArray<CaseStatistics> months)
    {
        var inPrefecture = directory.Municipality(tenantCode)?.PrefectureCode == _info.Code || tenantCode == _info.LgCode;
        if (!inPrefecture)
        {
            throw new ArgumentException($"{tenantCode} is not a tenant of prefecture {_info.Code}.");
        }

        if (!state.State.CaseMonths.TryGetValue(tenantCode, out var byMonth))
        {
            state.State.CaseMonths[tenantCode] = byMonth = [];
        }

        foreach (var month in months)
        {
            var key = CaseFigures.MonthKey(month);
            if (!byMonth.TryGetValue(key, out var current) || !CaseFigures.Same(current, month))
            {
                byMonth[key] = month;
                state.State.PendingCaseMonths.Add(key);
            }
        }

        if (state.State.PendingCaseMonths.Count > 0)
        {
            await state.WriteStateAsync();
            await RollUpCases();
        }
    }

    /// <inheritdoc />
    public Task<CaseStatistics> GetCaseStatistics(int fiscalYear, int? month) =>
        Task.FromResult(CaseFigures.Total(state.State.CaseMonths.Values, fiscalYear, month));

    /// <inheritdoc />
    public Task<ImmutableDictionary<string, CaseStatistics>> GetCaseStatisticsByTenant(int fiscalYear, int? month) =>
        Task.FromResult(state.State.CaseMonths.ToImmutableDictionary(
            kv => kv.Key, kv => CaseFigures.Total([kv.Value], fiscalYear, month), StringComparer.Ordinal));

    private async Task RollUpCases()
    {
        if (state.State.PendingCaseMonths.Count == 0)
        {
            return;
        }

        await this.SendOrRetry(
            async () =>
            {
                var months = state.State.PendingCaseMonths.ToArray();
                var sums = months.Select(key =>
                {
                    var (fiscalYear, month) = CaseMonth.Split(key);
                    return CaseFigures.Total(state.State.CaseMonths.Values, fiscalYear, month);
                }).ToImmutableArray();
                using (CallerContext.EnterSystem(signer))
                {
                    await GrainFactory.Grain<INationGrain>(INationGrain.Key).ReportCaseFigures(_info.Code, sums);
                }

                state.State.PendingCaseMonths.ExceptWith(months);
            },
            RollUpCases,
            logger,
            "Case roll-up of prefecture {Code} to the nation failed; it will be retried",
            _info.Code);
    }
}
