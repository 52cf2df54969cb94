using Platform.Tenants.Cases;

namespace Platform.Tenants.Work;

/// <summary>What a work item is: a follow-up task, or an appointment (a planned contact).</summary>
public enum WorkItemKind
{
    /// <summary>Something to do on a case by a date and time.</summary>
    Task = 0,

    /// <summary>A planned contact; when held it becomes a contact in the case's log.</summary>
    Appointment = 1,
}

/// <summary>Where a work item stands.</summary>
public enum WorkItemStatus
{
    /// <summary>To do, or still to happen.</summary>
    Open = 0,

    /// <summary>A task that was done.</summary>
    Done = 1,

    /// <summary>Called off, with a note.</summary>
    Cancelled = 2,

    /// <summary>An appointment that took place (and was recorded as a contact).</summary>
    Held = 3,
}

/// <summary>Which of the signed-in worker's open items <c>myWork</c> lists.</summary>
public enum WorkDue
{
    /// <summary>Due today (Japanese date).</summary>
    Today = 0,

    /// <summary>Past due and still open.</summary>
    Overdue = 1,

    /// <summary>Due from today to six days on, and anything overdue.</summary>
    Week = 2,
}

/// <summary>
/// A task or an appointment on one case of the tenant. <see cref="Text"/>, <see cref="Place"/>
/// and <see cref="Note"/> may hold personal details: the work book that keeps them is encrypted.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.work-item.v1")]
public sealed record WorkItem(
    [property: Id(0)] string Id,
    [property: Id(1)] WorkItemKind Kind,
    [property: Id(2)] string CaseId,
    [property: Id(3)] string Text,
    [property: Id(4)] DateTimeOffset DueAt,
    [property: Id(5)] string Assignee,
    [property: Id(6)] WorkItemStatus Status,
    [property: Id(7)] string? Note,
    [property: Id(8)] ContactChannel? Channel,
    [property: Id(9)] ContactParty? With,
    [property: Id(10)] string? Place,
    [property: Id(11)] string CreatedBy,
    [property: Id(12)] DateTimeOffset UpdatedAt,
    [property: Id(13)] string? ContactId);

/// <summary>The outcome of a work command: the item as it now stands, or user errors and no change.</summary>
[GenerateSerializer, Immutable, Alias("platform.work-result.v1")]
public sealed record WorkResult(
    [property: Id(0)] WorkItem? Item,
    [property: Id(1)] System.Collections.Immutable.ImmutableArray<Common.UserError> Errors)
{
    /// <summary>A result that changed nothing, with one user error.</summary>
    public static WorkResult Fail(string code, string message, params string[] field) => new(null, [new Common.UserError(code, message, [.. field])]);
}

/// <summary>A planned contact, as the caseworker schedules it.</summary>
[GenerateSerializer, Immutable, Alias("platform.appointment-plan.v1")]
public sealed record AppointmentPlan(
    [property: Id(0)] string CaseId,
    [property: Id(1)] string Text,
    [property: Id(2)] DateTimeOffset At,
    [property: Id(3)] ContactChannel Channel,
    [property: Id(4)] ContactParty With,
    [property: Id(5)] string? Place,
    [property: Id(6)] string? Assignee);

/// <summary>A change of an open item; null fields stay as they are.</summary>
[GenerateSerializer, Immutable, Alias("platform.work-item-edit.v1")]
public sealed record WorkItemEdit(
    [property: Id(0)] string? Text,
    [property: Id(1)] DateTimeOffset? DueAt,
    [property: Id(2)] string? Assignee,
    [property: Id(3)] string? Place);
