using Platform.Tenants.Work;

namespace Platform.GraphQL.Work;

/// <summary>
/// Work item ids and the work books they name. An item id of another tenant is refused here;
/// who may call a book's method (case staff of a tenant that holds cases) is the method's
/// <c>[Access]</c> rule, applied by <see cref="GrainGate"/> and again by the silo's call filter.
/// </summary>
internal static class WorkAccess
{
    /// <summary>The type name inside a work item's global id.</summary>
    public const string NodeType = "WorkItem";

    /// <summary>The object type a refused call on a work book is traced as.</summary>
    public const string BookType = "WorkBook";

    /// <summary>The global id of a work item.</summary>
    public static string GlobalId(string tenantCode, string itemId) => NodeId.Encode(NodeType, $"{tenantCode}/{itemId}");

    /// <summary>The caller's tenant's work book, once the caller may call its <paramref name="method"/>.</summary>
    public static Task<IWorkBookGrain> BookAsync(IResolveFieldContext ctx, string method) =>
        BookOfAsync(ctx, ctx.RequireCaller().TenantCode, method);

    /// <summary>The work book of <paramref name="tenant"/>, once the caller may call its <paramref name="method"/>.</summary>
    public static Task<IWorkBookGrain> BookOfAsync(IResolveFieldContext ctx, string tenant, string method) =>
        GrainGate.OpenAsync<IWorkBookGrain>(ctx, tenant, method, BookType);

    /// <summary>
    /// The caller's work book and the item id a global id names, once the caller may call the
    /// book's <paramref name="method"/>; <c>FORBIDDEN</c> for another tenant's item.
    /// </summary>
    public static async Task<(IWorkBookGrain Book, string ItemId)> ItemAsync(IResolveFieldContext ctx, string globalId, string method)
    {
        var (type, key) = NodeId.Decode(globalId);
        if (type != NodeType || !NodeId.IsTenantKey(key))
        {
            throw new ApiException(ErrorCodes.BadUserInput, "The id is not a work item id.");
        }

        if (key[..6] != ctx.RequireCaller().TenantCode)
        {
            throw new ApiException(ErrorCodes.Forbidden, "The work item belongs to another tenant.");
        }

        return (await BookAsync(ctx, method), key[7..]);
    }
}
