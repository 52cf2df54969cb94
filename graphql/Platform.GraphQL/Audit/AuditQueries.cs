using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Platform.Tenants.Audit;

namespace Platform.GraphQL.Audit;

/// <summary>The <c>auditLog</c> field of the root query: the caller's own tenant's chain.</summary>
internal static class AuditQueries
{
    /// <summary>Adds <c>auditLog</c> to <paramref name="query"/>.</summary>
    public static void Add(ObjectGraphType query) =>
        query.Field<NonNullGraphType<AuditEntryConnectionType>, Connection<AuditEntry>>("auditLog")
            .AuthorizeWithRoles(Roles.Supervisor, Roles.TenantAdmin)
            .Description("The caller's tenant's audit log, oldest first. Reading it is itself recorded (audit.read).")
            .ForwardPaging()
            .Argument<StringGraphType>("action", "Only entries whose action starts with this (\"case.\", \"case.read\").")
            .Argument<AuditOutcomeEnumType>("outcome", "Only entries with this outcome.")
            .Argument<StringGraphType>("party", "Only entries whose subject (who acted) or object id is exactly this.")
            .Argument<DateScalarType>("from", "Only entries of this Japanese day or later.")
            .Argument<DateScalarType>("to", "Only entries of this Japanese day or earlier.")
            .ResolveAsync(ReadAsync);

    // Japanese days: the platform's users live in UTC+9.
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    private static AuditSearch? SearchOf(IResolveFieldContext ctx)
    {
        static string? Text(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        var (action, party) = (Text(ctx.GetArgument<string?>("action")), Text(ctx.GetArgument<string?>("party")));
        var outcome = ctx.GetArgument<AuditOutcome?>("outcome");
        var (from, to) = (ctx.GetArgument<DateOnly?>("from"), ctx.GetArgument<DateOnly?>("to"));
        return action is null && party is null && outcome is null && from is null && to is null
            ? null
            : new AuditSearch(action, outcome, party,
                from is { } f ? new DateTimeOffset(f.ToDateTime(TimeOnly.MinValue), Japan) : null,
                to is { } t ? new DateTimeOffset(t.AddDays(1).ToDateTime(TimeOnly.MinValue), Japan) : null);
    }

    private static async Task<Connection<AuditEntry>?> ReadAsync(IResolveFieldContext<object?> ctx)
    {
        // The roles are checked by the schema (AuthorizeWithRoles); the log read is the caller's own tenant's.
        var caller = ctx.RequireCaller();

        var first = Paging.PageSize(ctx.GetArgument<int?>("first"));
        var after = ctx.GetArgument<string?>("after");
        long? afterSequence = after is null ? null
            : long.TryParse(Paging.DecodeCursor(after), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence) ? sequence
            : throw new ApiException(ErrorCodes.BadUserInput, "after is not a cursor of the audit log.");

        var services = ctx.RequestServices!;
        var log = services.GetRequiredService<IAuditLog>();
        var clock = services.GetService<PlatformClock>() ?? PlatformClock.Real;

        // The read is traced before anything is returned: a read that cannot be traced is not made.
        await log.AppendAsync(
            AuditRecord.For(caller, caller.TenantCode, AuditActions.AuditRead, "AuditLog", caller.TenantCode, AuditOutcome.Allowed, clock.GetUtcNow()),
            ctx.CancellationToken);
        var search = SearchOf(ctx);
        var (page, total) = search is null
            ? (await log.ReadAsync(caller.TenantCode, afterSequence, Math.Max(first, 1), ctx.CancellationToken), await log.CountAsync(caller.TenantCode, ctx.CancellationToken))
            : await log.SearchAsync(caller.TenantCode, search, afterSequence, Math.Max(first, 1), ctx.CancellationToken);
        var edges = page.Entries.Take(first)
            .Select(e => new Edge<AuditEntry>(Paging.EncodeCursor(e.Sequence.ToString(CultureInfo.InvariantCulture)), e))
            .ToList();
        var hasNext = first == 0 ? page.Entries.Length > 0 : page.HasMore;
        // Forward paging only: entries are never removed, so a cursor's entry still precedes the page.
        var pageInfo = new PageInfo(hasNext, edges.Count > 0 ? edges[^1].Cursor : after, HasPreviousPage: after is not null,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null);
        return new Connection<AuditEntry>(edges, pageInfo, (int)Math.Min(total, int.MaxValue));
    }
}
