using Platform.Tenants.Security;

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

    /// <summary>How many shards an earlier version kept (state names <c>case-book-0</c> to <c>-7</c>); each is split into <see cref="Split"/>.</summary>
    public const int Former = 8;

    /// <summary>How many shards each former shard is split into.</summary>
    public const int Split = 8;

    /// <summary>How many shards a case book has. Never change it without splitting the stored shards again.</summary>
    public const int Count = Former * Split;

    /// <summary>True when the shard holds anything at all.</summary>
    public bool HasContent => Cases.Count > 0 || PendingMonths.Count > 0 || Folded.Count > 0 || ArchiveYears.Count > 0 || ClosedThrough > 0;

    /// <summary>The stored name of shard <paramref name="index"/>.</summary>
    public static string StateName(int index) => $"case-book-{index / Split}.{index % Split}";

    /// <summary>
    /// The shard of a case id: the former shard (first hex digit, modulo <see cref="Former"/>) times
    /// <see cref="Split"/> plus the second hex digit modulo <see cref="Split"/>, so every shard's cases
    /// came from one former shard. A case id that is not hex still lands somewhere fixed.
    /// </summary>
    public static int Of(string caseId) => FormerOf(caseId) * Split + Digit(caseId, 1, caseId.Sum(c => c) / Former) % Split;

    /// <summary>The shard an earlier version kept a case id in.</summary>
    public static int FormerOf(string caseId) => Digit(caseId, 0, caseId.Sum(c => c)) % Former;

    private static int Digit(string id, int at, int otherwise) =>
        id.Length > at && Uri.IsHexDigit(id[at]) ? Convert.ToInt32(id.Substring(at, 1), 16) : otherwise;
}
