using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Work;
using Platform.Tenants.Security;
using Platform.Tenants.Work;

namespace Platform.GraphQL.Cases;

/// <summary>The case fields of the root query: always the caller's own tenant.</summary>
internal static class CaseQueries
{
    /// <summary>Adds <c>case</c>, <c>cases</c> and <c>caseStatistics</c> to <paramref name="query"/>.</summary>
    public static void Add(ObjectGraphType query)
    {
        query.Field<CaseGraphType, CaseNode>("case")
            .AuthorizeWithRoles(CaseRoles.Staff)
            .Description("A case of the caller's tenant by its global id; null when there is none. Another tenant's case is FORBIDDEN.")
            .Argument<NonNullGraphType<IdGraphType>>("id", "The case's global id.")
            .ResolveAsync(ctx => CaseAsync(ctx, CaseAccess.Key(ctx.GetArgument<string>("id"))));
        query.Field<NonNullGraphType<CaseConnectionType>, Connection<CaseNode>>("cases")
            .AuthorizeWithRoles(CaseRoles.Staff)
            .Description("The caller's tenant's cases in case number order.")
            .ForwardPaging()
            .Argument<CaseStatusEnumType>("status", "Only cases in this status; all when omitted.")
            .Argument<StringGraphType>("search", "The person's name in kana (hiragana or katakana, spaces ignored): the whole name, or the family or given name alone.")
            .Argument<StringGraphType>("assignedTo", "Only the cases of this worker (a subject id).")
            .Argument<DateScalarType>("lastContactBefore", "Only cases last contacted (or, with no contact, opened) before this day.")
            .Argument<DateScalarType>("openedBefore", "Only cases opened before this day.")
            .ResolveAsync(ListAsync);
        query.Field<NonNullGraphType<ListGraphType<NonNullGraphType<WorkerCaseloadType>>>, IEnumerable<WorkerCaseload>>("caseload")
            .AuthorizeWithRoles(Roles.Supervisor)
            .Description("Per worker of the caller's tenant: open cases, and how many went 30, 60 and 90 days without contact (from the case index).")
            .ResolveAsync(async ctx =>
            {
                var book = await CaseAccess.BookAsync(ctx, nameof(ICaseBookGrain.GetCaseload));
                var work = await WorkAccess.BookAsync(ctx, nameof(IWorkBookGrain.OverdueByAssignee));
                var rows = await GrainCalls.CallAsync(book.GetCaseload);
                var overdue = await GrainCalls.CallAsync(work.OverdueByAssignee);
                return WithOverdueTasks(rows, overdue);
            });
        query.Field<NonNullGraphType<CaseStatisticsType>, CaseStatistics>("caseStatistics")
            .AuthorizeWithRoles(Roles.Supervisor, Roles.TenantAdmin)
            .Description("The caller's tenant's case counters for a fiscal year, or one calendar month (1–12) of it.")
            .Argument<NonNullGraphType<IntGraphType>>("fiscalYear", ArgumentRules.FiscalYearDescription)
            .Argument<IntGraphType>("month", ArgumentRules.MonthDescription)
            .ResolveAsync(StatisticsAsync);
    }

    // A worker with overdue tasks and no open case still has a row: the supervisor must see the work.
    private static IEnumerable<WorkerCaseload> WithOverdueTasks(IEnumerable<WorkerCaseload> rows, IReadOnlyDictionary<string, int> overdue)
    {
        var list = rows.Select(r => r with { TasksOverdue = r.Worker is { } w ? overdue.GetValueOrDefault(w) : 0 }).ToList();
        list.AddRange(overdue.Where(o => !list.Any(r => r.Worker == o.Key)).OrderBy(o => o.Key, StringComparer.Ordinal).Select(o => new WorkerCaseload(o.Key, 0, 0, 0, 0, o.Value)));
        return list;
    }

    /// <summary>The case a <c>node</c> id names ("{tenant}/{caseId}"), under the rules of <c>case</c>.</summary>
    public static async Task<object?> NodeAsync(IResolveFieldContext ctx, string key) => await CaseAsync(ctx, key);

    private static async Task<CaseNode?> CaseAsync(IResolveFieldContext ctx, string key)
    {
        var grain = await CaseAccess.GrainOfKeyAsync(ctx, key, nameof(ICaseGrain.Get));
        var file = await GrainCalls.CallAsync(grain.Get);
        return file is null ? null : CaseNode.Of(file);
    }

    // The page comes from the case book's index, without touching a case; a Case field beyond
    // the index (subject, contacts, ...) reads that case's file when selected (see CaseNode).
    private static async Task<Connection<CaseNode>?> ListAsync(IResolveFieldContext<object?> ctx)
    {
        var book = await CaseAccess.BookAsync(ctx, nameof(ICaseBookGrain.Find));
        var tenant = ctx.RequireCaller().TenantCode;
        var first = Paging.PageSize(ctx.GetArgument<int?>("first"));
        var after = ctx.GetArgument<string?>("after") is { } cursor ? Paging.DecodeCursor(cursor) : null;
        string? nameIndex = null;
        if (ctx.GetArgument<string?>("search") is { } search)
        {
            if (search.Length > KanaSearch.MaxLength)
            {
                throw new ApiException(ErrorCodes.BadUserInput, $"search may have at most {KanaSearch.MaxLength} characters.");
            }

            // Names are stored encrypted; they are found by the keyed blind index of the
            // normalised kana, computed with the caller's tenant's key (another tenant's index
            // of the same name differs, so it finds nothing there).
            var term = BlindIndexNormalization.Kana(search);
            if (term.Length > 0)
            {
                nameIndex = ctx.RequestServices!.GetRequiredService<IBlindIndex>().Compute(tenant, term);
            }
        }

        var grains = ctx.Grains();
        var assignedTo = ctx.GetArgument<string?>("assignedTo") is { } worker && !string.IsNullOrWhiteSpace(worker) ? worker.Trim() : null;
        if (assignedTo is { Length: > 200 })
        {
            throw new ApiException(ErrorCodes.BadUserInput, "assignedTo may have at most 200 characters.");
        }

        var filter = new CaseFilter(
            ctx.GetArgument<CaseStatus?>("status"), nameIndex, assignedTo,
            ctx.GetArgument<DateOnly?>("lastContactBefore"), ctx.GetArgument<DateOnly?>("openedBefore"));
        var page = await GrainCalls.CallAsync(() => book.Find(filter, after, first));
        var edges = page.Items
            .Select(summary => new Edge<CaseNode>(
                Paging.EncodeCursor(summary.CaseNumber),
                CaseNode.Of(tenant, summary, grains.Grain<ICaseGrain>($"{tenant}/{summary.CaseId}"))))
            .ToList();
        var endCursor = edges.Count > 0 ? edges[^1].Cursor : ctx.GetArgument<string?>("after");
        // Forward paging only: a page after a cursor has at least that cursor's case before it.
        var pageInfo = new PageInfo(page.HasMore, endCursor, HasPreviousPage: ctx.GetArgument<string?>("after") is not null,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null);
        return new Connection<CaseNode>(edges, pageInfo, page.TotalCount);
    }

    private static async Task<CaseStatistics?> StatisticsAsync(IResolveFieldContext<object?> ctx)
    {
        var book = await CaseAccess.BookAsync(ctx, nameof(ICaseBookGrain.GetStatistics));
        var fiscalYear = ArgumentRules.FiscalYear(ctx.GetArgument<int>("fiscalYear"));
        var month = ctx.GetArgument<int?>("month");
        if (month is < 1 or > 12)
        {
            throw new ApiException(ErrorCodes.BadUserInput, $"month must be between 1 and 12; got {month}.");
        }

        return await GrainCalls.CallAsync(() => book.GetStatistics(fiscalYear, month));
    }
}
