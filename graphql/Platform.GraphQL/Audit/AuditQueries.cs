using System.Globalization;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Infrastructure;
using Platform.GraphQL.Relay;
using Platform.Tenants.Audit;
using Platform.Tenants.Common;

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
            .ResolveAsync(ReadAsync);

    private static async Task<Connection<AuditEntry>?> ReadAsync(IResolveFieldContext<object?> ctx)
    {
        var caller = ctx.RequireCaller();
        if (!caller.IsInRole(Roles.Supervisor) && !caller.IsInRole(Roles.TenantAdmin))
        {
            throw new ApiException(ErrorCodes.Forbidden, "The audit log needs the role Supervisor or TenantAdmin.");
        }

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
        var page = await log.ReadAsync(caller.TenantCode, afterSequence, Math.Max(first, 1), ctx.CancellationToken);
        var edges = page.Entries.Take(first)
            .Select(e => new Edge<AuditEntry>(Paging.EncodeCursor(e.Sequence.ToString(CultureInfo.InvariantCulture)), e))
            .ToList();
        var hasNext = first == 0 ? page.Entries.Length > 0 : page.HasMore;
        var total = await log.CountAsync(caller.TenantCode, ctx.CancellationToken);
        // Forward paging only: entries are never removed, so a cursor's entry still precedes the page.
        var pageInfo = new PageInfo(hasNext, edges.Count > 0 ? edges[^1].Cursor : after, HasPreviousPage: after is not null,
            StartCursor: edges.Count > 0 ? edges[0].Cursor : null);
        return new Connection<AuditEntry>(edges, pageInfo, (int)Math.Min(total, int.MaxValue));
    }
}
