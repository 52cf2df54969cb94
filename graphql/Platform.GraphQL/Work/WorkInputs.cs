using Platform.Tenants.Cases;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Work;

/// <summary>The input of <c>addTask</c>.</summary>
public sealed class AddTaskInput : MutationInput
{
    /// <summary>The case's global id.</summary>
    public string CaseId { get; set; } = "";

    /// <summary>What is to be done.</summary>
    public string Text { get; set; } = "";

    /// <summary>By when.</summary>
    public DateTimeOffset DueAt { get; set; }

    /// <summary>The worker's subject; the caller when null.</summary>
    public string? Assignee { get; set; }
}

/// <summary>The input of <c>scheduleAppointment</c>.</summary>
public sealed class ScheduleAppointmentInput : MutationInput
{
    /// <summary>The case's global id.</summary>
    public string CaseId { get; set; } = "";

    /// <summary>What the appointment is for.</summary>
    public string Text { get; set; } = "";

    /// <summary>When.</summary>
    public DateTimeOffset At { get; set; }

    /// <summary>How.</summary>
    public ContactChannel Channel { get; set; }

    /// <summary>With whom.</summary>
    public ContactParty With { get; set; }

    /// <summary>Where, for a visit.</summary>
    public string? Place { get; set; }

    /// <summary>The worker's subject; the caller when null.</summary>
    public string? Assignee { get; set; }
}

/// <summary>The input of the changes of one task or appointment.</summary>
public sealed class WorkItemChangeInput : MutationInput
{
    /// <summary>The item's global id.</summary>
    public string WorkItemId { get; set; } = "";

    /// <summary>editWorkItem: new text.</summary>
    public string? Text { get; set; }

    /// <summary>editWorkItem: new due time (or appointment time).</summary>
    public DateTimeOffset? DueAt { get; set; }

    /// <summary>editWorkItem: new assignee.</summary>
    public string? Assignee { get; set; }

    /// <summary>editWorkItem: new place (appointments).</summary>
    public string? Place { get; set; }

    /// <summary>completeTask, cancelWorkItem: the note (required to cancel).</summary>
    public string? Note { get; set; }

    /// <summary>holdAppointment: how long it took.</summary>
    public int? Minutes { get; set; }

    /// <summary>holdAppointment: what was said and agreed (the contact's notes).</summary>
    public string? Notes { get; set; }
}
