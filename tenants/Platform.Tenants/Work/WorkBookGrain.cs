using Microsoft.Extensions.Options;

namespace Platform.Tenants.Work;

/// <summary>
/// A tenant's tasks and appointments. The call filter has checked that the caller is case staff
/// of the tenant in the key; this grain asks the case grain where the case stands (as the
/// caller, so the case's access rules apply), validates, audits each change in the tenant's
/// chain, keeps its items indexed by worker and by case (<see cref="WorkIndex"/>), and raises
/// the due notices from a durable reminder.
/// </summary>
public sealed partial class WorkBookGrain : Grain, IWorkBookGrain, IRemindable
{
    /// <summary>The name of the durable reminder that raises the due notices.</summary>
    public const string NoticeReminder = "work-notices";

    private readonly IPersistentState<WorkBookState> state;
    private readonly IStorage<WorkBookShard>[] former;
    private readonly IStorage<WorkBookShard>[] shards;
    private readonly CallerSigner signer;
    private readonly IAuditLog audit;
    private readonly PlatformClock clock;
    private readonly IOptions<WorkOptions> options;
    private readonly ILogger<WorkBookGrain> logger;
    private readonly WorkIndex _index = new();
    private string _tenant = "";

    /// <summary>Creates the grain with its book row and its 64 (<see cref="WorkBookShard.Layout"/>) shards.</summary>
    public WorkBookGrain(
        [PersistentState("work", StorageNames.Platform)] IPersistentState<WorkBookState> state,
        CallerSigner signer,
        IAuditLog audit,
        PlatformClock clock,
        IOptions<WorkOptions> options,
        ILogger<WorkBookGrain> logger)
    {
        this.state = state;
        // Read at activation, a few at a time (OnActivateAsync).
        former = WorkBookShard.Layout.Open<WorkBookShard>(GrainContext, former: true);
        shards = WorkBookShard.Layout.Open<WorkBookShard>(GrainContext);
        this.signer = signer;
        this.audit = audit;
        this.clock = clock;
        this.options = options;
        this.logger = logger;
    }

    /// <inheritdoc />
    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _tenant = this.GetPrimaryKeyString();
        await ShardLayout.ReadAsync(former);
        await ShardLayout.ReadAsync(shards);
        if (shards.Concat(former).Any(s => s.State.Items.Count > 0 && s.State.TenantCode != _tenant)
            || (state.State.Items.Count > 0 && state.State.TenantCode != _tenant))
        {
            throw new InvalidOperationException("The stored work book belongs to another tenant.");
        }

        await SplitFormerShards();
        await MoveIntoShards();
        _index.Rebuild(AllItems());
        await SendNotices();
    }

    /// <inheritdoc />
    public Task<WorkResult> AddTask(string caseId, string text, DateTimeOffset dueAt, string? assignee, string? clientMutationId) =>
        Create(clientMutationId, caseId, "work.task-add", (file, caller, today) =>
        {
            var errors = WorkRules.Validate(text, dueAt, assignee, null, file, today, "dueAt");
            return errors.IsEmpty
                ? new WorkResult(new WorkItem(NewId(), WorkItemKind.Task, caseId, text.Trim(), dueAt, assignee ?? caller.Subject, WorkItemStatus.Open, null, null, null, null, caller.Subject, clock.GetUtcNow(), null), [])
                : new WorkResult(null, errors);
        });

    /// <inheritdoc />
    public Task<WorkResult> ScheduleAppointment(AppointmentPlan plan, string? clientMutationId) =>
        Create(clientMutationId, plan.CaseId, "work.appointment-schedule", (file, caller, today) =>
        {
            var errors = WorkRules.Validate(plan.Text, plan.At, plan.Assignee, plan.Place, file, today, "at");
            return errors.IsEmpty
                ? new WorkResult(new WorkItem(NewId(), WorkItemKind.Appointment, plan.CaseId, plan.Text.Trim(), plan.At, plan.Assignee ?? caller.Subject, WorkItemStatus.Open, null, plan.Channel, plan.With, plan.Place?.Trim(), caller.Subject, clock.GetUtcNow(), null), [])
                : new WorkResult(null, errors);
        });

    /// <inheritdoc />
    public Task<WorkResult> Edit(string itemId, WorkItemEdit edit, string? clientMutationId) =>
        Change(clientMutationId, itemId, "work.edit", async (item, file, _) =>
        {
            if (edit.Place is not null && item.Kind == WorkItemKind.Task)
            {
                return WorkResult.Fail("WRONG_KIND", "A task has no place.", "input", "place");
            }

            var errors = WorkRules.Validate(edit.Text, edit.DueAt, edit.Assignee, edit.Place, file!, Today(), "dueAt");
            return await Task.FromResult(errors.IsEmpty
                ? new WorkResult(item with
                {
                    Text = edit.Text?.Trim() ?? item.Text,
                    DueAt = edit.DueAt ?? item.DueAt,
                    Assignee = edit.Assignee ?? item.Assignee,
                    Place = edit.Place?.Trim() ?? item.Place,
                }, [])
                : new WorkResult(null, errors));
        });

    /// <inheritdoc />
    public Task<WorkResult> Complete(string itemId, string? note, string? clientMutationId) =>
        Change(clientMutationId, itemId, "work.complete", (item, _, _) => Task.FromResult(
            item.Kind != WorkItemKind.Task
                ? WorkResult.Fail("WRONG_KIND", "An appointment is held (holdAppointment) or cancelled, not completed.", "input", "itemId")
                : NoteError(note, required: false) ?? new WorkResult(item with { Status = WorkItemStatus.Done, Note = note?.Trim() }, [])));

    /// <inheritdoc />
    public Task<WorkResult> Cancel(string itemId, string note, string? clientMutationId) =>
        Change(clientMutationId, itemId, "work.cancel", (item, _, _) => Task.FromResult(
            NoteError(note, required: true) ?? new WorkResult(item with { Status = WorkItemStatus.Cancelled, Note = note.Trim() }, [])));

    /// <inheritdoc />
    public Task<WorkResult> Hold(string itemId, int? minutes, string? notes, string? clientMutationId) =>
        Change(clientMutationId, itemId, "work.hold", async (item, _, caseGrain) =>
        {
            if (item.Kind != WorkItemKind.Appointment)
            {
                return WorkResult.Fail("WRONG_KIND", "A task is completed (completeTask), not held.", "input", "itemId");
            }

            if (item.DueAt > clock.GetUtcNow().AddMinutes(5))
            {
                return WorkResult.Fail("APPOINTMENT_NOT_YET", "An appointment can be recorded as held from its time on.", "input", "itemId");
            }

            // Through the case's own path: its validation, its audit, its statistics. The id makes
            // a retry (after this book failed to store) reach the same contact, not a second one.
            var recorded = await caseGrain.RecordContact(item.DueAt, item.Channel!.Value, item.With!.Value, minutes, notes, $"appointment:{item.Id}");
            return recorded.Case is { Contacts: [.., var contact] }
                ? new WorkResult(item with { Status = WorkItemStatus.Held, ContactId = contact.Id }, [])
                : new WorkResult(null, recorded.Errors);
        });

    /// <inheritdoc />
    public Task<ImmutableArray<WorkItem>> Mine(WorkDue due)
    {
        var caller = Caller();
        var (now, today) = (clock.GetUtcNow(), Today());
        // From the caller's own items in due order, up to the end of the last day asked for.
        var end = StartOf(due == WorkDue.Week ? today.AddDays(7) : today.AddDays(1));
        return Task.FromResult<ImmutableArray<WorkItem>>([.. _index.OpenOf(caller.Subject, end).Where(i => WorkRules.IsDue(i, due, now, today))]);
    }

    /// <inheritdoc />
    public async Task<ImmutableArray<WorkItem>> OfCase(string caseId)
    {
        // The items say what is planned with a person: read as the case is, audited.
        await audit.AppendAsync(AuditRecord.For(Caller(), _tenant, "work.case-read", "Case", caseId, AuditOutcome.Allowed, clock.GetUtcNow()));
        return [.. _index.IdsOf(caseId).Select(id => ShardOf(id).Items[id]).OrderBy(i => i.DueAt).ThenBy(i => i.Id, StringComparer.Ordinal)];
    }

    /// <inheritdoc />
    public Task<ImmutableDictionary<string, int>> OverdueByAssignee()
    {
        var (now, today) = (clock.GetUtcNow(), Today());
        return Task.FromResult(_index.OpenByAssignee(now)
            .Select(w => (w.Assignee, Count: w.Items.Count(i => i.Kind == WorkItemKind.Task && WorkRules.IsDue(i, WorkDue.Overdue, now, today))))
            .Where(w => w.Count > 0)
            .ToImmutableDictionary(w => w.Assignee, w => w.Count, StringComparer.Ordinal));
    }

    private static DateTimeOffset StartOf(DateOnly day) => new(day.ToDateTime(TimeOnly.MinValue), JapanDate.Offset);

    private static WorkResult? NoteError(string? note, bool required) =>
        required && string.IsNullOrWhiteSpace(note)
            ? WorkResult.Fail("NOTE_REQUIRED", "Say why (note cannot be empty).", "input", "note")
            : note is { Length: > CaseRules.MaxNotes }
                ? WorkResult.Fail("TOO_LONG", $"note may have at most {CaseRules.MaxNotes} characters.", "input", "note")
                : null;

    private static string NewId() => Guid.NewGuid().ToString("N");

    private IEnumerable<WorkItem> AllItems() => shards.SelectMany(s => s.State.Items.Values);

    private WorkBookShard ShardOf(string itemId) => shards[WorkBookShard.Layout.Of(itemId)].State;

    private DateOnly Today() => JapanDate.Today(clock);

    private static Caller Caller() =>
        CallerContext.Current ?? throw new AccessDeniedException("A work book can only be reached by a verified caller.");
}
