namespace Platform.Tenants.Cases;

/// <summary>
/// One of the case book's stored shards: the entries of the cases whose id falls in it, and the
/// months those entries changed that the prefecture may not have yet, and the folded figures of
/// the purged and archived cases it no longer holds and of the activity of closed fiscal years.
/// Each change writes one
/// shard, so a write costs a fraction of the book, not all of it.
/// </summary>
[GenerateSerializer, Alias("platform.case-book-shard.v1")]
public sealed class CaseBookShard : ITenantOwnedState
{
    /// <inheritdoc />
    [Id(0)]
    public string TenantCode { get; set; } = "";

    /// <summary>The shard's cases, by case id.</summary>
    [Id(1)]
    public Dictionary<string, CaseSummary> Cases { get; set; } = [];

    /// <summary>Months (yyyyMM) with changes not yet reported; stored with the change itself.</summary>
    [Id(2)]
    public SortedSet<int> PendingMonths { get; set; } = [];

    /// <summary>
    /// The figures (by yyyyMM) of the purged cases that left the shard: stored in the same write
    /// that drops their entries, so every count stays the same (<see cref="CaseBookFolding"/>).
    /// </summary>
    [Id(3)]
    public Dictionary<int, CaseStatistics> Folded { get; set; } = [];

    /// <summary>
    /// The latest closed fiscal year whose activity items the shard's entries no longer hold
    /// (they are in <see cref="Folded"/>); 0 before any was folded.
    /// </summary>
    [Id(4)]
    public int ClosedThrough { get; set; }

    /// <summary>
    /// The fiscal years of closure whose archive holds cases of this shard: recorded before the
    /// archive stores them, so the book always finds them again (<see cref="CaseArchiveState"/>).
    /// </summary>
    [Id(5)]
    public SortedSet<int> ArchiveYears { get; set; } = [];

    /// <summary>
    /// The shards of a case book by case id: eight kept by an earlier version
    /// (<c>case-book-0</c> to <c>-7</c>), each split into eight.
    /// </summary>
    public static readonly ShardLayout Layout = new("case-book", 8, 8);

    /// <summary>True when the shard holds anything at all.</summary>
    public bool HasContent => Cases.Count > 0 || PendingMonths.Count > 0 || Folded.Count > 0 || ArchiveYears.Count > 0 || ClosedThrough > 0;
}
