namespace Platform.Tenants.Work;

/// <summary>The due notices: raised once each from a durable reminder, sent to the tenant's feed.</summary>
public sealed partial class WorkBookGrain
{
    private bool _reminderKnown;

    /// <inheritdoc />
    public async Task CheckDue()
    {
        var (now, today) = (clock.GetUtcNow(), Today());
        foreach (var shard in shards)
        {
            var raised = false;
            foreach (var item in shard.State.Items.Values.Where(i => i.Status == WorkItemStatus.Open).ToList())
            {
                raised |= CollectDue(item, now, today);
            }

            // Done, cancelled and held items leave the book after a while; the case's log keeps the contacts.
            var expired = shard.State.Items.Values.Where(i => i.Status != WorkItemStatus.Open && now - i.UpdatedAt > WorkOptions.ClosedItemsKept).ToList();
            foreach (var item in expired)
            {
                shard.State.Items.Remove(item.Id);
                _index.Remove(item);
                shard.State.RaisedNotices.RemoveWhere(key => key.StartsWith(item.Id + "|", StringComparison.Ordinal));
            }

            if (raised || expired.Count > 0)
            {
                await shard.WriteStateAsync();
            }
        }

        await SendNotices();
    }

    /// <inheritdoc />
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == NoticeReminder)
        {
            await CheckDue();
        }
    }

    /// <summary>
    /// Adds the notices <paramref name="item"/> is due for and that were not raised for its
    /// current time: due today (a task) or today (an appointment), and overdue (a task).
    /// </summary>
    private bool CollectDue(WorkItem item, DateTimeOffset now, DateOnly today)
    {
        if (item.Status != WorkItemStatus.Open)
        {
            return false;
        }

        var raised = false;
        var onDay = JapanDate.Of(item.DueAt) == today;
        if (item.Kind == WorkItemKind.Task)
        {
            raised |= onDay && Raise(item, NoticeKind.TaskDue, "due");
            raised |= item.DueAt < now && Raise(item, NoticeKind.TaskOverdue, "overdue");
        }
        else
        {
            raised |= onDay && Raise(item, NoticeKind.AppointmentToday, "today");
        }

        return raised;
    }

    private bool Raise(WorkItem item, NoticeKind kind, string what)
    {
        // The due time is part of the key: a task moved to another day is due (and overdue) afresh.
        var key = $"{item.Id}|{what}|{item.DueAt.UtcTicks}";
        var shard = ShardOf(item.Id);
        if (!shard.RaisedNotices.Add(key))
        {
            return false;
        }

        shard.PendingNotices.Add(new NoticeDraft(kind, NoticeAudience.Person(item.Assignee), "WorkItem", $"{_tenant}/{item.Id}", $"work|{key}"));
        return true;
    }

    private async Task EnsureReminder()
    {
        if (_reminderKnown)
        {
            return;
        }

        // Durable: the reminder lives in the reminder table and fires after restarts too.
        var period = options.Value.NoticeCheckPeriod;
        await this.RegisterOrUpdateReminder(NoticeReminder, period, period);
        _reminderKnown = true;
    }

    private async Task SendNotices()
    {
        var pending = shards.SelectMany(s => s.State.PendingNotices).ToList();
        if (pending.Count == 0)
        {
            return;
        }

        await this.SendOrRetry(
            async () =>
            {
                using (CallerContext.EnterSystem(signer))
                {
                    await GrainFactory.Grain<INotificationBookGrain>(_tenant).Raise([.. pending]);
                }

                // Cleared in memory; stored with each shard's next change. Sent again after a
                // restart, the same keys are the same notices in the feed, so nothing arrives twice.
                foreach (var shard in shards)
                {
                    shard.State.PendingNotices.RemoveAll(pending.Contains);
                }
            },
            SendNotices,
            logger,
            "Work book of tenant {Tenant} could not send its notices; they will be retried",
            _tenant);
    }
}
