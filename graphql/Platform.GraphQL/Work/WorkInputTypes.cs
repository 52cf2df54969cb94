using GraphQL.Types;
using Platform.GraphQL.Cases.Types;
using Platform.GraphQL.Types;

namespace Platform.GraphQL.Work;

/// <summary>GraphQL input <c>AddTaskInput</c>.</summary>
public sealed class AddTaskInputType : InputObjectGraphType<AddTaskInput>
{
    /// <summary>Defines the fields.</summary>
    public AddTaskInputType()
    {
        Name = "AddTaskInput";
        Field(x => x.ClientMutationId, nullable: true);
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
        Field(x => x.ClientMutationId, nullable: true);
        Field<NonNullGraphType<IdGraphType>>("caseId").Description("An open case of the caller's tenant.");
        Field(x => x.Text).Description("What it is for; not empty.");
        Field<NonNullGraphType<DateTimeScalarType>>("at");
        Field<NonNullGraphType<ContactChannelEnumType>>("channel");
        Field<NonNullGraphType<ContactPartyEnumType>>("with");
        Field(x => x.Place, nullable: true);
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
        Field(x => x.ClientMutationId, nullable: true);
        Field<NonNullGraphType<IdGraphType>>("workItemId");
    }
}

/// <summary>GraphQL input <c>EditWorkItemInput</c>: omitted fields stay as they are.</summary>
public sealed class EditWorkItemInputType : WorkItemChangeInputType
{
    /// <summary>Defines the fields.</summary>
    public EditWorkItemInputType() : base("EditWorkItemInput")
    {
        Field(x => x.Text, nullable: true);
        Field<DateTimeScalarType>("dueAt").Description("The new due time, or the appointment's new time.");
        Field(x => x.Assignee, nullable: true);
        Field(x => x.Place, nullable: true).Description("Appointments only.");
    }
}

/// <summary>GraphQL input <c>CompleteTaskInput</c>.</summary>
public sealed class CompleteTaskInputType : WorkItemChangeInputType
{
    /// <summary>Defines the fields.</summary>
    public CompleteTaskInputType() : base("CompleteTaskInput") => Field(x => x.Note, nullable: true);
}

/// <summary>GraphQL input <c>CancelWorkItemInput</c>.</summary>
public sealed class CancelWorkItemInputType : WorkItemChangeInputType
{
    /// <summary>Defines the fields.</summary>
    public CancelWorkItemInputType() : base("CancelWorkItemInput") => Field<NonNullGraphType<StringGraphType>>("note").Description("Why; not empty.");
}

/// <summary>GraphQL input <c>HoldAppointmentInput</c>.</summary>
public sealed class HoldAppointmentInputType : WorkItemChangeInputType
{
    /// <summary>Defines the fields.</summary>
    public HoldAppointmentInputType() : base("HoldAppointmentInput")
    {
        Field(x => x.Minutes, nullable: true).Description("0 to 1440.");
        Field(x => x.Notes, nullable: true).Description("The contact's notes.");
    }
}
