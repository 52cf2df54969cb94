namespace Platform.Tenants.Notifications;

/// <summary>
/// A tenant's notification feed, keyed by the tenant's LG code: notices for its people and roles,
/// what each person has read, and the live subscribers (grain observers, wherever their silo
/// is), so a notice raised on any silo reaches a subscriber connected to any other.
/// </summary>
[Alias("platform.notification-book"), OwnedBy(OwnerKind.Tenant)]
public interface INotificationBookGrain : IGrainWithStringKey
{
    /// <summary>Adds notices (a key raised before is not added again) and tells the subscribers they concern.</summary>
    [Alias("raise"), Access(AccessLevel.System)]
    Task Raise(ImmutableArray<NoticeDraft> drafts);

    /// <summary>The caller's notices, newest first: all, or only the unread (or read) ones.</summary>
    [Alias("list"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer])]
    Task<ImmutableArray<NoticeView>> List(bool? unread, int first);

    /// <summary>Marks the caller's notices with these ids read (all of them when empty); returns how many changed.</summary>
    [Alias("mark-read"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer])]
    Task<int> MarkRead(ImmutableArray<string> ids);

    /// <summary>Subscribes (or renews) an observer for the caller's notices; a subscription lapses unless renewed.</summary>
    [Alias("subscribe"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer])]
    Task Subscribe(INotificationObserver observer);

    /// <summary>Ends a subscription.</summary>
    [Alias("unsubscribe"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer])]
    Task Unsubscribe(INotificationObserver observer);
}

/// <summary>A live subscriber to a tenant's notices (one open event stream).</summary>
[Alias("platform.notification-observer")]
public interface INotificationObserver : IGrainObserver
{
    /// <summary>A notice for the subscriber was raised.</summary>
    [Alias("received"), Access(AccessLevel.System)]
    void Received(Notice notice);
}
