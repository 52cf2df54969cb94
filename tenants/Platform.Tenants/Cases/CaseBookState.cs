using Platform.Tenants.Security;

namespace Platform.Tenants.Cases;

/// <summary>The stored state of a tenant's case book; encrypted at rest like the cases.</summary>
[GenerateSerializer, Alias("platform.case-book-state.v1")]
public sealed class CaseBookState : ITenantOwnedState
{
    /// <inheritdoc />
    [Id(0)]
    public string TenantCode { get; set; } = "";

    /// <summary>Unused since numbers moved to <see cref="ICaseNumberGrain"/>; kept because stored ids only grow.</summary>
    [Id(1)]
    public Dictionary<int, int> LastNumbers { get; set; } = [];

    /// <summary>Unused since the entries moved to the shards (<see cref="CaseBookShard"/>); stored ids only grow.</summary>
    [Id(2)]
    public Dictionary<string, CaseSummary> Cases { get; set; } = [];

    /// <summary>Unused since pending months moved to the shards; stored ids only grow.</summary>
    [Id(3)]
    public SortedSet<int> PendingMonths { get; set; } = [];

    /// <summary>How many years closed cases are kept before their personal data is purged (0: not set).</summary>
    [Id(4)]
    public int RetentionYears { get; set; }
}
