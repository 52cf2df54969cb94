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
                var book = await WorkAccess.BookAsync(ctx, nameof(IWorkBookGrain.Mine));
                return await GrainCalls.CallAsync(() => book.Mine(ctx.GetArgument<WorkDue>("due")));
            });

    /// <summary>Adds the work mutations.</summary>
    public static void AddMutations(ObjectGraphType mutation)
    {
        var staff = CaseRoles.Staff;
        mutation.Mutation<AddTaskInputType, AddTaskInput, WorkItem>("addTask", Payload("AddTaskPayload"), staff,
            "Adds a follow-up task to an open case.",
            async (ctx, i) =>
            {
                var caseId = CaseAccess.OwnCaseId(ctx, i.CaseId);
                var book = await WorkAccess.BookAsync(ctx, nameof(IWorkBookGrain.AddTask));
                return Reply(await book.AddTask(caseId, i.Text, i.DueAt, Text.OrNull(i.Assignee), i.ClientMutationId));
            });
        mutation.Mutation<ScheduleAppointmentInputType, ScheduleAppointmentInput, WorkItem>("scheduleAppointment", Payload("ScheduleAppointmentPayload"), staff,
            "Plans a contact on an open case; holdAppointment records it in the case's log when it took place.",
            async (ctx, i) =>
            {
                var caseId = CaseAccess.OwnCaseId(ctx, i.CaseId);
                var book = await WorkAccess.BookAsync(ctx, nameof(IWorkBookGrain.ScheduleAppointment));
                var plan = new AppointmentPlan(caseId, i.Text, i.At, i.Channel, i.With, Text.OrNull(i.Place), Text.OrNull(i.Assignee));
                return Reply(await book.ScheduleAppointment(plan, i.ClientMutationId));
            });
        mutation.Mutation<EditWorkItemInputType, WorkItemChangeInput, WorkItem>("editWorkItem", Payload("EditWorkItemPayload"), staff,
            "Changes the text, time, assignee or place of an open task or appointment.",
            (ctx, i) => ChangeAsync(ctx, i, nameof(IWorkBookGrain.Edit), (book, id) => book.Edit(id, new WorkItemEdit(i.Text, i.DueAt, Text.OrNull(i.Assignee), i.Place), i.ClientMutationId)));
        mutation.Mutation<CompleteTaskInputType, WorkItemChangeInput, WorkItem>("completeTask", Payload("CompleteTaskPayload"), staff,
            "Marks an open task done.",
            (ctx, i) => ChangeAsync(ctx, i, nameof(IWorkBookGrain.Complete), (book, id) => book.Complete(id, Text.OrNull(i.Note), i.ClientMutationId)));
        mutation.Mutation<CancelWorkItemInputType, WorkItemChangeInput, WorkItem>("cancelWorkItem", Payload("CancelWorkItemPayload"), staff,
            "Calls off an open task or appointment, with a note saying why.",
            (ctx, i) => ChangeAsync(ctx, i, nameof(IWorkBookGrain.Cancel), (book, id) => book.Cancel(id, i.Note ?? "", i.ClientMutationId)));
        mutation.Mutation<HoldAppointmentInputType, WorkItemChangeInput, WorkItem>("holdAppointment", Payload("HoldAppointmentPayload"), staff,
            "Records that an appointment took place: it becomes a contact in the case's log.",
            (ctx, i) => ChangeAsync(ctx, i, nameof(IWorkBookGrain.Hold), (book, id) => book.Hold(id, i.Minutes, Text.OrNull(i.Notes), i.ClientMutationId)));
    }

    // One payload type a work mutation, each { clientMutationId workItem errors }.
    private static PayloadType<WorkItemGraphType, WorkItem> Payload(string name) =>
        new(name, "workItem", "The item as it now stands; null when errors is not empty.");

    private static async Task<Reply<WorkItem>> ChangeAsync(IResolveFieldContext ctx, WorkItemChangeInput input, string method, Func<IWorkBookGrain, string, Task<WorkResult>> change)
    {
        var (book, id) = await WorkAccess.ItemAsync(ctx, input.WorkItemId, method);
        return Reply(await change(book, id));
    }

    private static Reply<WorkItem> Reply(WorkResult result) => new(result.Item, result.Errors);
}
