using Platform.Tenants.Work;

namespace Platform.GraphQL.Work;

/// <summary>GraphQL type <c>WorkItem</c>: a follow-up task or an appointment on a case.</summary>
public sealed class WorkItemGraphType : ObjectGraphType<WorkItem>
{
    public WorkItemGraphType()
    {
        Name = "WorkItem";
        Description = "A follow-up task or an appointment (a planned contact) on a case of the caller's tenant.";
        Field<NonNullGraphType<IdGraphType>>("id").Description("The item's global id.").Resolve(ctx => WorkAccess.GlobalId(ctx.RequireCaller().TenantCode, ctx.Source.Id));
        Field<NonNullGraphType<WorkItemKindEnumType>>("kind").Description("A task or an appointment.").Resolve(ctx => ctx.Source.Kind);
        Field<NonNullGraphType<IdGraphType>>("caseId").Description("The case's global id.").Resolve(ctx => CaseAccess.GlobalId(ctx.RequireCaller().TenantCode, ctx.Source.CaseId));
        Field(x => x.Text).Description("What is to be done, or what the appointment is for.");
        Field<NonNullGraphType<DateTimeScalarType>>("dueAt").Description("When a task is due, or when an appointment is.").Resolve(ctx => ctx.Source.DueAt);
        Field(x => x.Assignee).Description("The worker (a subject id).");
        Field<NonNullGraphType<WorkItemStatusEnumType>>("status").Description("Where it stands.").Resolve(ctx => ctx.Source.Status);
        Field(x => x.Note, nullable: true).Description("Why it was cancelled, or a note on completion.");
        Field<EnumerationGraphType<ContactChannel>>("channel").Description("Appointments: how.").Resolve(ctx => ctx.Source.Channel);
        Field<ContactPartyEnumType>("with").Description("Appointments: with whom.").Resolve(ctx => ctx.Source.With);
        Field(x => x.Place, nullable: true).Description("Appointments: where.");
        Field(x => x.CreatedBy).Description("The worker who created it (a subject id).");
        Field<NonNullGraphType<DateTimeScalarType>>("updatedAt").Description("When it last changed.").Resolve(ctx => ctx.Source.UpdatedAt);
        Field(x => x.ContactId, nullable: true).Description("A held appointment: the id of the contact it became in the case's log.");
    }
}

/// <summary>GraphQL enum <c>WorkItemKind</c>.</summary>
public sealed class WorkItemKindEnumType : EnumerationGraphType<WorkItemKind>
{
    public WorkItemKindEnumType()
    {
        Name = "WorkItemKind";
        Description = "A follow-up task (フォローアップ) or an appointment (面談予定).";
    }
}

/// <summary>GraphQL enum <c>WorkItemStatus</c>.</summary>
public sealed class WorkItemStatusEnumType : EnumerationGraphType<WorkItemStatus>
{
    public WorkItemStatusEnumType()
    {
        Name = "WorkItemStatus";
        Description = "Where a task or appointment stands.";
    }
}

/// <summary>GraphQL enum <c>WorkDue</c>.</summary>
public sealed class WorkDueEnumType : EnumerationGraphType<WorkDue>
{
    public WorkDueEnumType()
    {
        Name = "WorkDue";
        Description = "Which open items myWork lists.";
    }
}
