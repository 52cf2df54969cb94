namespace Platform.Tenants.Nation;

/// <summary>
/// The nation: sums of the 47 prefectures' latest figures. A query adds at most 47 entries; no
/// query touches a municipality.
/// </summary>
public sealed partial class NationGrain(
    [PersistentState("nation", StorageNames.Platform)] IPersistentState<NationState> state,
    TenantDirectory directory) : Grain, INationGrain
{
    // Sums already worked out, per fiscal year, dropped by every report that changes a figure.
    // Not state: it is rebuilt from the state in one pass. Read-only calls may interleave, but
    // only at awaits, and the methods that touch this never await.
    private readonly Dictionary<int, ProgramSummary> _programSummaries = [];

    /// <inheritdoc />
    public async Task ReportPrefectureFigures(PrefectureFigures figures)
    {
        if (directory.Prefecture(figures.PrefectureCode) is null)
        {
            throw new ArgumentException($"'{figures.PrefectureCode}' is not a prefecture code.");
        }

        var fiscalYear = figures.Programs.FiscalYear;
        if (!state.State.Prefectures.TryGetValue(fiscalYear, out var year))
        {
            state.State.Prefectures[fiscalYear] = year = [];
        }

        if (year.TryGetValue(figures.PrefectureCode, out var current) && current == figures)
        {
            return;
        }

        year[figures.PrefectureCode] = figures;
        _programSummaries.Remove(fiscalYear);
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<ProgramSummary> GetProgramSummary(int fiscalYear)
    {
        if (!_programSummaries.TryGetValue(fiscalYear, out var summary))
        {
            summary = Figures(fiscalYear).Aggregate(ProgramSummary.Empty(fiscalYear), (sum, f) => sum.Add(f.Programs));
            _programSummaries[fiscalYear] = summary;
        }
        return Task.FromResult(summary);
    }

    /// <inheritdoc />
    public Task<RequestStatusSummary> GetRequestStatusSummary(int fiscalYear)
    {
        // The denominator is every municipality, whether or not its prefecture reported this year.
        var counts = Figures(fiscalYear).Aggregate(
            new RequestStatusSummary(fiscalYear, 0, 0, 0, 0, 0),
            (sum, f) => sum.Add(f.Requests));
        return Task.FromResult(counts with { Municipalities = directory.Municipalities.Length });
    }

    private IEnumerable<PrefectureFigures> Figures(int fiscalYear) =>
        state.State.Prefectures.TryGetValue(fiscalYear, out var year) ? year.Values : [];
}
