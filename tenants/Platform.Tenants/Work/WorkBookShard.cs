using Platform.Tenants.Common;
using Platform.Tenants.Notifications;
using Platform.Tenants.Security;

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

    /// <summary>How many shards a work book has; an item's shard is the first hex digit of its id. Never change it.</summary>
    public const int Count = 16;

    /// <summary>The shard of item <paramref name="itemId"/> (a 32-digit hex id).</summary>
    public static int Of(string itemId) => Convert.ToInt32(itemId[..1], 16) % Count;
}
