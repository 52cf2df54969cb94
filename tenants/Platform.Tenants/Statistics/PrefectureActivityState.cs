using Platform.Tenants.Activities;

namespace Platform.Tenants.Statistics;

/// <summary>The stored state of a prefecture's activity totals: each tenant's monthly tallies as last reported.</summary>
[GenerateSerializer, Alias("platform.prefecture-activity-state.v1")]
public sealed class PrefectureActivityState
{
    /// <summary>Tallies by tenant LG code and yyyyMM.</summary>
    [Id(0)]
    public Dictionary<string, Dictionary<int, ActivityMonth>> Tenants { get; set; } = [];
}
