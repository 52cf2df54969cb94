namespace Platform.Tenants.Nation;

/// <summary>The nation's case counters: sums of the prefectures' monthly figures.</summary>
public sealed partial class NationGrain
{
    /// <inheritdoc />
    public async Task ReportCaseFigures(string prefectureCode, ImmutableArray<CaseStatistics> months)
    {
        if (directory.Prefecture(prefectureCode) is null)
        {
            throw new ArgumentException($"'{prefectureCode}' is not a prefecture code.");
        }

        if (!state.State.CaseMonths.TryGetValue(prefectureCode, out var byMonth))
        {
            state.State.CaseMonths[prefectureCode] = byMonth = [];
        }

        var changed = false;
        foreach (var month in months)
        {
            var key = CaseFigures.MonthKey(month);
            if (!byMonth.TryGetValue(key, out var current) || !CaseFigures.Same(current, month))
            {
                byMonth[key] = month;
                changed = true;
            }
        }

        if (changed)
        {
            await state.WriteStateAsync();
        }
    }

    /// <inheritdoc />
    public Task<CaseStatistics> GetCaseStatistics(int fiscalYear, int? month) =>
        Task.FromResult(CaseFigures.Total(state.State.CaseMonths.Values, fiscalYear, month));
}
