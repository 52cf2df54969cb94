using GraphQL;
using GraphQL.Types;
using Platform.GraphQL.Cases.Inputs;
using Platform.GraphQL.Infrastructure;
using Platform.GraphQL.Types;
using Platform.Tenants.Cases;
using Platform.Tenants.Work;

namespace Platform.GraphQL.Work;

/// <summary>
/// A caseworker's day: <c>myWork</c> and the mutations of tasks and appointments. Resolvers only
/// translate; the tenant's work book validates, audits and remembers replies.
/// </summary>
internal static class WorkFields
{
    /// <summary>Adds <c>myWork</c> to the query.</summary>
    public static void AddQueries(ObjectGraphType query) =>
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkItemGraphType>>>, IEnumerable<WorkItem>>("myWork")
            .AuthorizeWithRoles(CaseRoles.Staff)
            .Description("The signed-in worker's open tasks and appointments, earliest first: due TODAY, OVERDUE, or within the WEEK (overdue included).")
            .Argument<NonNullGraphType<WorkDueEnumType>>("due", "Which items: due today, overdue, or within the week.")
            .ResolveAsync(async ctx =>
            {
                var book = await WorkAccess.BookAsync(ctx);
                return await GrainCalls.CallAsync(() => book.Mine(ctx.GetArgument<WorkDue>("due")));
            });

    /// <summary>Adds the work mutations.</summary>
    public static void AddMutations(ObjectGraphType mutation)
    {
        mutation.Field<NonNullGraphType<AddTaskPayloadType>, MutationPayload<WorkItem>>("addTask")
            .AuthorizeWithRoles(CaseRoles.Staff)
            .Description("Adds a follow-up task to an open case.")
            .Argument<NonNullGraphType<AddTaskInputType>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(async ctx =>
            {
                var i = ctx.GetArgument<AddTaskInput>("input");
                if (ClientMutationIds.TooLong(i.ClientMutationId) is { } tooLong)
                {
                    return MutationPayload<WorkItem>.Failed(null, tooLong);
                }

                var caseId = await WorkAccess.CaseIdAsync(ctx, i.CaseId);
                var book = await WorkAccess.BookAsync(ctx);
                return Payload(i.ClientMutationId, await GrainCalls.CallAsync(() => book.AddTask(caseId, i.Text, i.DueAt, Text.OrNull(i.Assignee), i.ClientMutationId)));
            });
        mutation.Field<NonNullGraphType<ScheduleAppointmentPayloadType>, MutationPayload<WorkItem>>("scheduleAppointment")
            .AuthorizeWithRoles(CaseRoles.Staff)
            .Description("Plans a contact on an open case; holdAppointment records it in the case's log when it took place.")
            .Argument<NonNullGraphType<ScheduleAppointmentInputType>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(async ctx =>
            {
                var i = ctx.GetArgument<ScheduleAppointmentInput>("input");
                if (ClientMutationIds.TooLong(i.ClientMutationId) is { } tooLong)
                {
                    return MutationPayload<WorkItem>.Failed(null, tooLong);
                }

                var caseId = await WorkAccess.CaseIdAsync(ctx, i.CaseId);
                var book = await WorkAccess.BookAsync(ctx);
                var plan = new AppointmentPlan(caseId, i.Text, i.At, i.Channel, i.With, Text.OrNull(i.Place), Text.OrNull(i.Assignee));
                return Payload(i.ClientMutationId, await GrainCalls.CallAsync(() => book.ScheduleAppointment(plan, i.ClientMutationId)));
            });
        Change<EditWorkItemPayloadType, EditWorkItemInputType>(mutation, "editWorkItem", "Changes the text, time, assignee or place of an open task or appointment.",
            (book, id, i) => book.Edit(id, new WorkItemEdit(i.Text, i.DueAt, Text.OrNull(i.Assignee), i.Place), i.ClientMutationId));
        Change<CompleteTaskPayloadType, CompleteTaskInputType>(mutation, "completeTask", "Marks an open task done.",
            (book, id, i) => book.Complete(id, Text.OrNull(i.Note), i.ClientMutationId));
        Change<CancelWorkItemPayloadType, CancelWorkItemInputType>(mutation, "cancelWorkItem", "Calls off an open task or appointment, with a note saying why.",
            (book, id, i) => book.Cancel(id, i.Note ?? "", i.ClientMutationId));
        Change<HoldAppointmentPayloadType, HoldAppointmentInputType>(mutation, "holdAppointment", "Records that an appointment took place: it becomes a contact in the case's log.",
            (book, id, i) => book.Hold(id, i.Minutes, Text.OrNull(i.Notes), i.ClientMutationId));
    }

    private static void Change<TPayloadType, TInputType>(ObjectGraphType mutation, string name, string description, Func<IWorkBookGrain, string, WorkItemChangeInput, Task<WorkResult>> call)
        where TPayloadType : WorkItemPayloadType
        where TInputType : WorkItemChangeInputType =>
        mutation.Field<NonNullGraphType<TPayloadType>, MutationPayload<WorkItem>>(name)
            .AuthorizeWithRoles(CaseRoles.Staff)
            .Description(description)
            .Argument<NonNullGraphType<TInputType>>("input", ClientMutationIds.InputArgumentDescription)
            .ResolveAsync(async ctx =>
            {
                var i = ctx.GetArgument<WorkItemChangeInput>("input");
                if (ClientMutationIds.TooLong(i.ClientMutationId) is { } tooLong)
                {
                    return MutationPayload<WorkItem>.Failed(null, tooLong);
                }

                var (book, id) = await WorkAccess.ItemAsync(ctx, i.WorkItemId);
                return Payload(i.ClientMutationId, await GrainCalls.CallAsync(() => call(book, id, i)));
            });

    private static MutationPayload<WorkItem> Payload(string? clientMutationId, WorkResult result) =>
        new(clientMutationId, result.Item, result.Errors);
}
