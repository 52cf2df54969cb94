using GraphQL;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Infrastructure;
using Platform.Tenants.Activities;
using Platform.Tenants.Common;
using Platform.Tenants.Directory;

namespace Platform.GraphQL.Activities;

/// <summary>
/// Who reaches a tenant's records. Writes go to the verified caller's own tenant. Reads of the
/// records (activities, function delivery, unsuppressed statistics) are open to the tenant's own
/// staff and, for a municipality, to its prefecture's; the silo's call filter checks the same again.
/// </summary>
internal static class ActivityAccess
{
    /// <summary>Roles that may read a tenant's records.</summary>
    public static readonly string[] Readers = [Roles.Supervisor, Roles.TenantAdmin, Roles.PrefecturalOfficer];

    /// <summary>The caller's tenant when it is a municipality or a prefecture; <c>FORBIDDEN</c> otherwise.</summary>
    public static async Task<string> CallerTenantAsync(IResolveFieldContext ctx)
    {
        var caller = ctx.RequireCaller();
        var catalog = await ctx.CatalogAsync();
        return catalog.Municipality(caller.TenantCode) is not null || catalog.PrefectureByLgCode(caller.TenantCode) is not null
            ? caller.TenantCode
            : throw new ApiException(ErrorCodes.Forbidden, "Activities belong to municipalities and prefectures; the caller's tenant holds none.");
    }

    /// <summary>The activity book of the caller's tenant, the only one the caller writes to.</summary>
    public static async Task<IActivityBookGrain> BookAsync(IResolveFieldContext ctx) =>
        ctx.Grains().GetGrain<IActivityBookGrain>(await CallerTenantAsync(ctx));

    /// <summary>True when the caller may read the records of <paramref name="tenantCode"/> with one of <paramref name="roles"/>.</summary>
    public static bool MayRead(Caller? caller, string tenantCode, CatalogIndex catalog, params string[] roles)
    {
        if (caller is null || !roles.Any(caller.IsInRole))
        {
            return false;
        }

        return caller.TenantCode == tenantCode
            || (catalog.PrefectureByLgCode(caller.TenantCode) is { } prefecture && catalog.Municipality(tenantCode)?.PrefectureCode == prefecture.Code);
    }

    /// <summary>Checks <see cref="MayRead"/>; <c>UNAUTHENTICATED</c> or <c>FORBIDDEN</c> when not.</summary>
    public static async Task RequireReaderAsync(IResolveFieldContext ctx, string tenantCode, params string[] roles)
    {
        var caller = ctx.RequireCaller();
        if (!MayRead(caller, tenantCode, await ctx.CatalogAsync(), roles.Length == 0 ? Readers : roles))
        {
            throw new ApiException(ErrorCodes.Forbidden, "These records are open to the tenant's own staff and its prefecture's only.");
        }
    }


    /// <summary>The fiscal-year month (1–12) argument, checked.</summary>
    public static int? Month(int? month) => month is null or (>= 1 and <= 12)
        ? month
        : throw new ApiException(ErrorCodes.BadUserInput, $"month must be between 1 and 12; got {month}.");
}
