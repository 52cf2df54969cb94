using Platform.GraphQL.Infrastructure;
using GraphQL.Types;
using Platform.GraphQL.Cases.Types;
using Platform.GraphQL.Types;
using Platform.GraphQL.Mutations;

namespace Platform.GraphQL.Work;

/// <summary>GraphQL input <c>AddTaskInput</c>.</summary>
public sealed class AddTaskInputType : InputObjectGraphType<AddTaskInput>
{
    /// <summary>Defines the fields.</summary>
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
    /// <summary>Defines the fields.</summary>
    public ScheduleAppointmentInputType()
    {
        Name = "ScheduleAppointmentInput";
        Description = "The input of scheduleAppointment.";
        Field(x => x.ClientMutationId, nullable: true).Description(ClientMutationIds.InputDescription);
        Field<NonNullGraphType<IdGraphType>>("caseId").Description("An open case of the caller's tenant.");
        Field(x => x.Text).Description("What it is for; not empty.");
        Field<NonNullGraphType<DateTimeScalarType>>("at").Description("When it is.");
        Field<NonNullGraphType<ContactChannelEnumType>>("channel").Description("How it is to take place.");
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
    /// <summary>Defines the fields.</summary>
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
    /// <summary>Defines the fields.</summary>
    public CompleteTaskInputType() : base("CompleteTaskInput")
    {
        Description = "The input of completeTask.";
        Field(x => x.Note, nullable: true).Description("A note on completion.");
    }
}

/// <summary>GraphQL input <c>CancelWorkItemInput</c>.</summary>
public sealed class CancelWorkItemInputType : WorkItemChangeInputType
{
    /// <summary>Defines the fields.</summary>
    public CancelWorkItemInputType() : base("CancelWorkItemInput")
    {
        Description = "The input of cancelWorkItem.";
        Field<NonNullGraphType<StringGraphType>>("note").Description("Why; not empty.");
    }
}

/// <summary>GraphQL input <c>HoldAppointmentInput</c>.</summary>
public sealed class HoldAppointmentInputType : WorkItemChangeInputType
{
    /// <summary>Defines the fields.</summary>
    public HoldAppointmentInputType() : base("HoldAppointmentInput")
    {
        Description = "The input of holdAppointment: the appointment took place and becomes a contact in the case's log.";
        Field(x => x.Minutes, nullable: true).Description("0 to 1440.");
        Field(x => x.Notes, nullable: true).Description("The contact's notes.");
    }
}
