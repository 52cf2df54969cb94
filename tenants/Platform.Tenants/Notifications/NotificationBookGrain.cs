using Orleans.Utilities;

namespace Platform.Tenants.Notifications;

/// <summary>
/// A tenant's notices and live subscribers. The call filter has checked that a reader is staff
/// of the tenant in the key; only the platform raises notices. Subscribers are grain observers:
/// whichever silo holds the open event stream, this one activation reaches it.
/// </summary>
public sealed class NotificationBookGrain(
    [PersistentState("notifications", StorageNames.Platform)] IPersistentState<NotificationBookState> state,
    PlatformClock clock,
    ILogger<NotificationBookGrain> logger) : Grain, INotificationBookGrain
{
    /// <summary>How many notices a tenant's feed keeps; the oldest go first.</summary>
    public const int Capacity = 2000;

    /// <summary>How long a subscription lasts unless renewed (the stream renews it more often).</summary>
    public static readonly TimeSpan SubscriptionLifetime = TimeSpan.FromMinutes(3);

    /// <summary>The most notices one list returns.</summary>
    public const int MaxPage = 100;

    private readonly ObserverManager<INotificationObserver> _observers = new(SubscriptionLifetime, logger);
    private readonly Dictionary<INotificationObserver, Caller> _audiences = [];

    /// <inheritdoc />
    public async Task Raise(ImmutableArray<NoticeDraft> drafts)
    {
        var keys = state.State.Notices.Select(n => n.Key).ToHashSet(StringComparer.Ordinal);
        var added = new List<Notice>();
        foreach (var draft in drafts)
        {
            if (keys.Add(draft.Key))
            {
                added.Add(new Notice(Guid.NewGuid().ToString("N"), draft.Kind, draft.Audience, draft.ObjectType, draft.ObjectId, clock.GetUtcNow(), draft.Key));
            }
        }

        if (added.Count == 0)
        {
            return;
        }

        state.State.Notices.AddRange(added);
        if (state.State.Notices.Count > Capacity)
        {
            foreach (var dropped in state.State.Notices.Take(state.State.Notices.Count - Capacity))
            {
                state.State.ReadBy.Remove(dropped.Id);
            }

            state.State.Notices.RemoveRange(0, state.State.Notices.Count - Capacity);
        }

        await state.WriteStateAsync();
        foreach (var notice in added)
        {
            // One-way calls: a subscriber that is gone costs nothing and lapses with its lease.
            _observers.Notify(o => o.Received(notice), o => _audiences.TryGetValue(o, out var caller) && notice.IsFor(caller));
        }
    }

    /// <inheritdoc />
    public Task<ImmutableArray<NoticeView>> List(bool? unread, int first)
    {
        var caller = Caller();
        var take = Math.Clamp(first, 1, MaxPage);
        return Task.FromResult<ImmutableArray<NoticeView>>([.. Enumerable.Reverse(state.State.Notices)
            .Where(n => n.IsFor(caller))
            .Select(n => new NoticeView(n, IsRead(n, caller)))
            .Where(v => unread is null || v.Read != unread)
            .Take(take)]);
    }

    /// <inheritdoc />
    public async Task<int> MarkRead(ImmutableArray<string> ids)
    {
        var caller = Caller();
        var wanted = ids.IsDefaultOrEmpty ? null : ids.ToHashSet(StringComparer.Ordinal);
        var changed = 0;
        foreach (var notice in state.State.Notices.Where(n => n.IsFor(caller) && (wanted is null || wanted.Contains(n.Id))))
        {
            if (!state.State.ReadBy.TryGetValue(notice.Id, out var readers))
            {
                state.State.ReadBy[notice.Id] = readers = [];
            }

            changed += readers.Add(caller.Subject) ? 1 : 0;
        }

        if (changed > 0)
        {
            await state.WriteStateAsync();
        }

        return changed;
    }

    /// <inheritdoc />
    public Task Subscribe(INotificationObserver observer)
    {
        _observers.Subscribe(observer, observer);
        _audiences[observer] = Caller();
        foreach (var gone in _audiences.Keys.Where(o => !_observers.Observers.ContainsKey(o)).ToList())
        {
            _audiences.Remove(gone);
        }

        return Task.CompletedTask;
    }

    /// <inheritdoc />
    public Task Unsubscribe(INotificationObserver observer)
    {
        // Only the subscriber's own person may end it (the reference is not a secret across a tenant).
        if (_audiences.TryGetValue(observer, out var caller) && caller.Subject == Caller().Subject)
        {
            _observers.Unsubscribe(observer);
            _audiences.Remove(observer);
        }

        return Task.CompletedTask;
    }

    private bool IsRead(Notice notice, Caller caller) =>
        state.State.ReadBy.TryGetValue(notice.Id, out var readers) && readers.Contains(caller.Subject);

    private static Caller Caller() =>
        CallerContext.Current ?? throw new AccessDeniedException("Notifications can only be reached by a verified caller.");
}
