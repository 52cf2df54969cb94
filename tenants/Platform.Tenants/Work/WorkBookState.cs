namespace Platform.Tenants.Work;

/// <summary>
/// The stored state of a tenant's work book as earlier versions kept it, whole in one row. Its items,
/// commands and notices now live in <see cref="WorkBookShard"/>s; an activation that finds any here
/// moves them there (shards first, then this state emptied), so this row only says whose book it is.
/// The items' text, place and notes may name people: the state is encrypted like the shards.
/// </summary>
[GenerateSerializer, Alias("platform.work-book-state.v1")]
public sealed class WorkBookState : ITenantOwnedState, IRemembersCommands
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

    /// <summary>The keys of the notices raised so far (item, kind and due time): each is raised once.</summary>
    [Id(3)]
    public HashSet<string> RaisedNotices { get; set; } = [];

    /// <summary>Notices raised here that may not have reached the tenant's feed yet.</summary>
    [Id(4)]
    public List<NoticeDraft> PendingNotices { get; set; } = [];
}
