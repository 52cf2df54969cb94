namespace Platform.Tenants.Nation;

/// <summary>The stored state of the nation: each prefecture's latest figures by fiscal year.</summary>
[GenerateSerializer, Alias("platform.nation-state.v1")]
public sealed class NationState
{
    /// <summary>Figures by fiscal year and 2-digit prefecture code.</summary>
    [Id(0)]
    public SortedDictionary<int, Dictionary<string, PrefectureFigures>> Prefectures { get; set; } = [];

    /// <summary>Case counters by prefecture code and yyyyMM.</summary>
    [Id(1)]
    public Dictionary<string, Dictionary<int, CaseStatistics>> CaseMonths { get; set; } = [];

    /// <summary>Satellite figures by 2-digit prefecture code.</summary>
    [Id(10)]
    public SortedDictionary<string, SatelliteFigures> Satellites { get; set; } = new(StringComparer.Ordinal);
}
