namespace Platform.Tenants.Nation;

/// <summary>The nation's view of the satellites: each prefecture's latest figures.</summary>
public sealed partial class NationGrain
{
    /// <inheritdoc />
    public async Task ReportSatelliteFigures(SatelliteFigures figures)
    {
        if (directory.Prefecture(figures.PrefectureCode) is null)
        {
            throw new ArgumentException($"'{figures.PrefectureCode}' is not a prefecture code.");
        }

        if (state.State.Satellites.TryGetValue(figures.PrefectureCode, out var current) && current.SameAs(figures))
        {
            return;
        }

        state.State.Satellites[figures.PrefectureCode] = figures;
        await state.WriteStateAsync();
    }

    /// <inheritdoc />
    public Task<ImmutableArray<SatelliteFigures>> GetSatelliteFigures() =>
        Task.FromResult(state.State.Satellites.Values.ToImmutableArray());
}
