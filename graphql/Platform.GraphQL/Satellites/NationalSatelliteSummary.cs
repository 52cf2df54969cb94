using System.Collections.Immutable;

namespace Platform.GraphQL.Satellites;

/// <summary>The nation's satellites: each prefecture's figures and their sums.</summary>
public sealed record NationalSatelliteSummary(ImmutableArray<SatelliteFigures> Prefectures)
{
    /// <summary>Transitions per fiscal year, all prefectures together, oldest year first.</summary>
    public IEnumerable<KeyValuePair<int, int>> TransitionsByFiscalYear =>
        Prefectures.SelectMany(p => p.TransitionsByFiscalYear)
            .GroupBy(kv => kv.Key)
            .OrderBy(g => g.Key)
            .Select(g => new KeyValuePair<int, int>(g.Key, g.Sum(kv => kv.Value)));
}
