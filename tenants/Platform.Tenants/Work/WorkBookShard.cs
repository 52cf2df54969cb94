namespace Platform.Tenants.Work;

/// <summary>
/// One of a tenant's work book shards: the items whose id falls to it, with the commands that made
/// or changed them and the notices they raised, so that a change rewrites one shard (and a retry
/// finds its reply in the same write as its item). Encrypted at rest like the book.
/// </summary>
[GenerateSerializer, Alias("platform.work-book-shard.v1")]
public sealed class WorkBookShard : ITenantOwnedState, IRemembersCommands
{
    /// <inheritdoc />
    [Id(0)]
    public string TenantCode { get; set; } = "";

    /// <summary>The items by id.</summary>
    [Id(1)]
    public Dictionary<string, WorkItem> Items { get; set; } = [];

    /// <summary>Commands applied by caller and client mutation id, with the item each made or changed (never a reply).</summary>
    [Id(2)]
    public AppliedCommands Applied { get; set; } = new();

    /// <summary>The keys of the notices this shard's items raised (item, kind and due time): each is raised once.</summary>
    [Id(3)]
    public HashSet<string> RaisedNotices { get; set; } = [];

    /// <summary>Notices raised here that may not have reached the tenant's feed yet.</summary>
    [Id(4)]
    public List<NoticeDraft> PendingNotices { get; set; } = [];

    /// <summary>
    /// The shards of a work book by item id: sixteen kept by an earlier version (<c>work-0</c> to
    /// <c>work-15</c>), each split into four.
    /// </summary>
    public static readonly ShardLayout Layout = new("work", 16, 4);

    /// <summary>True when the shard holds anything at all.</summary>
    public bool HasContent => Items.Count > 0 || Applied.Entries.Count > 0 || RaisedNotices.Count > 0 || PendingNotices.Count > 0;
}
