namespace Platform.Tenants.Work;

/// <summary>
/// A tenant's work book, keyed by the tenant's LG code: the follow-up tasks and appointments
/// on its cases, indexed by assignee so that a worker's day is one call, never a walk over
/// every case. A durable reminder raises "due today" and "overdue" notices once each.
/// Every change is audited; a retry with the same client mutation id applies once.
/// </summary>
[Alias("platform.work-book"), OwnedBy(OwnerKind.Tenant)]
public interface IWorkBookGrain : IGrainWithStringKey
{
    /// <summary>Adds a task to an open case of the tenant.</summary>
    [Alias("add-task"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<WorkResult> AddTask(string caseId, string text, DateTimeOffset dueAt, string? assignee, string? clientMutationId);

    /// <summary>Plans an appointment on an open case of the tenant.</summary>
    [Alias("schedule-appointment"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<WorkResult> ScheduleAppointment(AppointmentPlan plan, string? clientMutationId);

    /// <summary>Changes the text, time, assignee or place of an open item.</summary>
    [Alias("edit"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<WorkResult> Edit(string itemId, WorkItemEdit edit, string? clientMutationId);

    /// <summary>Marks an open task done, with an optional note.</summary>
    [Alias("complete"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<WorkResult> Complete(string itemId, string? note, string? clientMutationId);

    /// <summary>Calls off an open task or appointment; the note says why.</summary>
    [Alias("cancel"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<WorkResult> Cancel(string itemId, string note, string? clientMutationId);

    /// <summary>
    /// Records that an appointment took place: a contact is added to the case's log through the
    /// case itself (with the appointment's time, channel and party), and the item is HELD.
    /// </summary>
    [Alias("hold"), Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<WorkResult> Hold(string itemId, int? minutes, string? notes, string? clientMutationId);

    /// <summary>The caller's own open items due as asked, earliest first.</summary>
    [Alias("mine"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<ImmutableArray<WorkItem>> Mine(WorkDue due);

    /// <summary>Every item of one case, earliest first.</summary>
    [Alias("of-case"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Tenant, Roles = [Roles.Caseworker, Roles.Supervisor, Roles.TenantAdmin])]
    Task<ImmutableArray<WorkItem>> OfCase(string caseId);

    /// <summary>How many open tasks past due each worker has (counts only), for the supervisor's caseload.</summary>
    [Alias("overdue-by-assignee"), Orleans.Concurrency.ReadOnly, Access(AccessLevel.Tenant, Roles = [Roles.Supervisor])]
    Task<ImmutableDictionary<string, int>> OverdueByAssignee();

    /// <summary>Raises the notices that are due (the reminder calls it; tests too).</summary>
    [Alias("check-due"), Access(AccessLevel.System)]
    Task CheckDue();
}
