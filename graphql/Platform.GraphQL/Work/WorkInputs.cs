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

/// <summary>GraphQL input <c>AddTaskInput</c>.</summary>
public sealed class AddTaskInputType : InputObjectGraphType<AddTaskInput>
{
    public AddTaskInputType()
    {
        Name = "AddTaskInput";
        Description = "The input of addTask.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<NonNullGraphType<IdGraphType>>("caseId").Description("An open case of the caller's tenant.");
        Field(x => x.Text).Description("What is to be done; not empty, at most 1000 characters.");
        Field<NonNullGraphType<DateTimeScalarType>>("dueAt").Description("By when; not before the case was opened.");
        Field(x => x.Assignee, nullable: true).Description("The worker's subject; the caller when omitted.");
    }
}

/// <summary>GraphQL input <c>ScheduleAppointmentInput</c>.</summary>
public sealed class ScheduleAppointmentInputType : InputObjectGraphType<ScheduleAppointmentInput>
{
    public ScheduleAppointmentInputType()
    {
        Name = "ScheduleAppointmentInput";
        Description = "The input of scheduleAppointment.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<NonNullGraphType<IdGraphType>>("caseId").Description("An open case of the caller's tenant.");
        Field(x => x.Text).Description("What it is for; not empty.");
        Field<NonNullGraphType<DateTimeScalarType>>("at").Description("When it is.");
        Field<NonNullGraphType<EnumerationGraphType<ContactChannel>>>("channel").Description("How it is to take place.");
        Field<NonNullGraphType<ContactPartyEnumType>>("with").Description("With whom.");
        Field(x => x.Place, nullable: true).Description("Where.");
        Field(x => x.Assignee, nullable: true).Description("The worker's subject; the caller when omitted.");
    }
}

/// <summary>The input types of the changes of one item: one class, a type per mutation.</summary>
public abstract class WorkItemChangeInputType : InputObjectGraphType<WorkItemChangeInput>
{
    /// <summary>Defines <c>clientMutationId</c> and <c>workItemId</c>.</summary>
    protected WorkItemChangeInputType(string name)
    {
        Name = name;
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<NonNullGraphType<IdGraphType>>("workItemId").Description("The item's global id.");
    }
}

/// <summary>GraphQL input <c>EditWorkItemInput</c>: omitted fields stay as they are.</summary>
public sealed class EditWorkItemInputType : WorkItemChangeInputType
{
    public EditWorkItemInputType() : base("EditWorkItemInput")
    {
        Description = "The input of editWorkItem: omitted fields stay as they are.";
        Field(x => x.Text, nullable: true).Description("The new text.");
        Field<DateTimeScalarType>("dueAt").Description("The new due time, or the appointment's new time.");
        Field(x => x.Assignee, nullable: true).Description("The new worker in charge (a subject id).");
        Field(x => x.Place, nullable: true).Description("Appointments only.");
    }
}

/// <summary>GraphQL input <c>CompleteTaskInput</c>.</summary>
public sealed class CompleteTaskInputType : WorkItemChangeInputType
{
    public CompleteTaskInputType() : base("CompleteTaskInput")
    {
        Description = "The input of completeTask.";
        Field(x => x.Note, nullable: true).Description("A note on completion.");
    }
}

/// <summary>GraphQL input <c>CancelWorkItemInput</c>.</summary>
public sealed class CancelWorkItemInputType : WorkItemChangeInputType
{
    public CancelWorkItemInputType() : base("CancelWorkItemInput")
    {
        Description = "The input of cancelWorkItem.";
        Field<NonNullGraphType<StringGraphType>>("note").Description("Why; not empty.");
    }
}

/// <summary>GraphQL input <c>HoldAppointmentInput</c>.</summary>
public sealed class HoldAppointmentInputType : WorkItemChangeInputType
{
    public HoldAppointmentInputType() : base("HoldAppointmentInput")
    {
        Description = "The input of holdAppointment: the appointment took place and becomes a contact in the case's log.";
        Field(x => x.Minutes, nullable: true).Description("0 to 1440.");
        Field(x => x.Notes, nullable: true).Description("The contact's notes.");
    }
}
