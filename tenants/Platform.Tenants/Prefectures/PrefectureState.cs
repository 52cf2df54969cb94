namespace Platform.Tenants.Prefectures;

/// <summary>The stored state of one prefecture.</summary>
[GenerateSerializer, Alias("platform.prefecture-state.v1")]
public sealed class PrefectureState : IRemembersCommands
{
    /// <summary>The prefecture's own center, by fiscal year.</summary>
    [Id(0)]
    public SortedDictionary<int, ProgramRecord> Programs { get; set; } = [];

    /// <summary>What each municipality contributes, by fiscal year and LG code.</summary>
    [Id(1)]
    public SortedDictionary<int, Dictionary<string, MunicipalFigures>> Municipal { get; set; } = [];

    /// <summary>Fiscal years whose totals may not have reached the nation yet.</summary>
    [Id(2)]
    public SortedSet<int> PendingRollup { get; set; } = [];

    /// <summary>Whole replies to designations, as earlier versions kept them: read only to be dropped on activation.</summary>
    [Id(3)]
    public ReplyCache<DesignationResult> FormerDesignationReplies { get; set; } = new();

    /// <summary>Case counters by tenant and yyyyMM, as each tenant's case book last reported them.</summary>
    [Id(4)]
    public Dictionary<string, Dictionary<int, CaseStatistics>> CaseMonths { get; set; } = [];

    /// <summary>Months (yyyyMM) whose case totals may not have reached the nation yet.</summary>
    [Id(5)]
    public SortedSet<int> PendingCaseMonths { get; set; } = [];

    /// <summary>Designations applied, by caller and client mutation id, with the fiscal year each designated.</summary>
    [Id(30)]
    public AppliedCommands Applied { get; set; } = new();
}
