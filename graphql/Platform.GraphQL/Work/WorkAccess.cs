using GraphQL;
using Platform.GraphQL.Cases;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Infrastructure;
using Platform.GraphQL.Relay;
using Platform.Tenants.Work;

namespace Platform.GraphQL.Work;

/// <summary>
/// Who may reach which work book: case staff of the caller's own tenant. An item id of another
/// tenant is refused here, and again by the silo's call filter.
/// </summary>
internal static class WorkAccess
{
    /// <summary>The type name inside a work item's global id.</summary>
    public const string NodeType = "WorkItem";

    /// <summary>The global id of a work item.</summary>
    public static string GlobalId(string tenantCode, string itemId) => NodeId.Encode(NodeType, $"{tenantCode}/{itemId}");

    /// <summary>The caller's tenant's work book.</summary>
    public static async Task<IWorkBookGrain> BookAsync(IResolveFieldContext ctx)
    {
        var (_, tenant) = await CaseAccess.CallerTenantAsync(ctx);
        return ctx.Grains().GetGrain<IWorkBookGrain>(tenant);
    }

    /// <summary>The caller's work book and the item id a global id names; <c>FORBIDDEN</c> for another tenant's item.</summary>
    public static async Task<(IWorkBookGrain Book, string ItemId)> ItemAsync(IResolveFieldContext ctx, string globalId)
    {
        var (type, key) = NodeId.Decode(globalId);
        var slash = key.IndexOf('/');
        if (type != NodeType || slash != 6 || key.Length != 39 || key.AsSpan(7).ContainsAnyExcept("0123456789abcdef"))
        {
            throw new ApiException(ErrorCodes.BadUserInput, "The id is not a work item id.");
        }

        var (_, tenant) = await CaseAccess.CallerTenantAsync(ctx);
        if (key[..slash] != tenant)
        {
            throw new ApiException(ErrorCodes.Forbidden, "The work item belongs to another tenant.");
        }

        return (ctx.Grains().GetGrain<IWorkBookGrain>(tenant), key[(slash + 1)..]);
    }

    /// <summary>The case id within the caller's tenant that a case's global id names.</summary>
    public static async Task<string> CaseIdAsync(IResolveFieldContext ctx, string globalId)
    {
        var key = CaseAccess.Key(globalId);
        var (_, tenant) = await CaseAccess.CallerTenantAsync(ctx);
        return key.StartsWith($"{tenant}/", StringComparison.Ordinal)
            ? key[7..]
            : throw new ApiException(ErrorCodes.Forbidden, "The case belongs to another tenant.");
    }
}
