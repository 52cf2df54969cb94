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

    /// <summary>How many shards an earlier version kept (state names <c>work-0</c> to <c>work-15</c>, by the first hex digit); each is split into <see cref="Split"/>.</summary>
    public const int Former = 16;

    /// <summary>How many shards each former shard is split into.</summary>
    public const int Split = 4;

    /// <summary>How many shards a work book has. Never change it without splitting the stored shards again.</summary>
    public const int Count = Former * Split;

    /// <summary>True when the shard holds anything at all.</summary>
    public bool HasContent => Items.Count > 0 || Applied.Entries.Count > 0 || RaisedNotices.Count > 0 || PendingNotices.Count > 0;

    /// <summary>The stored name of shard <paramref name="index"/>.</summary>
    public static string StateName(int index) => $"work-{index / Split}.{index % Split}";

    /// <summary>
    /// The shard of item <paramref name="itemId"/> (a 32-digit hex id): the former shard (its first
    /// digit) times <see cref="Split"/> plus its second digit modulo <see cref="Split"/>, so every
    /// shard's items came from one former shard.
    /// </summary>
    public static int Of(string itemId) => FormerOf(itemId) * Split + Convert.ToInt32(itemId.Substring(1, 1), 16) % Split;

    /// <summary>The shard an earlier version kept item <paramref name="itemId"/> in.</summary>
    public static int FormerOf(string itemId) => Convert.ToInt32(itemId[..1], 16) % Former;
}
