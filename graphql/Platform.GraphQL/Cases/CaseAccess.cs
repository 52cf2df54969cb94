using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Authorization;

namespace Platform.GraphQL.Cases;

/// <summary>
/// Case ids and the grains they name. Only key shapes are checked here: a case id names its
/// tenant, and an id of another tenant is refused before any grain of that tenant is touched.
/// Who may call which case method (the case roles, and that the caller's tenant is one that holds
/// cases) is the method's <c>[Access]</c> rule, applied by <see cref="GrainGate"/> before the
/// grain is named and again by the silo's call filter; the schema's <c>AuthorizeWithRoles</c>
/// states the roles of every case field and mutation before execution.
/// </summary>
internal static class CaseAccess
{
    /// <summary>The type name inside a case's global id.</summary>
    public const string NodeType = "Case";

    /// <summary>The object type a refused call on a case book is traced as.</summary>
    public const string BookType = "CaseBook";

    /// <summary>The global id of a case.</summary>
    public static string GlobalId(string tenantCode, string caseId) => NodeId.Encode(NodeType, $"{tenantCode}/{caseId}");

    /// <summary>
    /// The case book of the verified caller's tenant, once the caller passes the rule of its
    /// <paramref name="method"/>; <c>FORBIDDEN</c> otherwise (a tenant that holds no cases too).
    /// </summary>
    public static Task<ICaseBookGrain> BookAsync(IResolveFieldContext ctx, string method) =>
        GrainGate.OpenAsync<ICaseBookGrain>(ctx, ctx.RequireCaller().TenantCode, method, BookType);

    /// <summary>
    /// Calls <paramref name="change"/> on the case a global id names, once the caller may call the
    /// grain's <paramref name="method"/> on it; its answer as a mutation's reply.
    /// </summary>
    public static async Task<Reply<CaseFile>> ChangeAsync(IResolveFieldContext ctx, string globalId, string method, Func<ICaseGrain, Task<CaseResult>> change) =>
        Reply(await change(await GrainAsync(ctx, globalId, method)));

    /// <summary>A case grain's answer as a mutation's reply; a case that does not exist is <c>NOT_FOUND</c>.</summary>
    public static Reply<CaseFile> Reply(CaseResult result) => new(result.Case, result.Errors, "CASE_NOT_FOUND");

    /// <summary>The case grain a global id names, once the caller may call its <paramref name="method"/>.</summary>
    public static Task<ICaseGrain> GrainAsync(IResolveFieldContext ctx, string globalId, string method) =>
        GrainOfKeyAsync(ctx, Key(globalId), method);

    /// <summary>The "{tenant}/{caseId}" of a global id; <c>BAD_USER_INPUT</c> when it is no case id.</summary>
    public static string Key(string globalId)
    {
        var (type, key) = NodeId.Decode(globalId);
        return type == NodeType && NodeId.IsTenantKey(key) ? key : throw NotACaseId();
    }

    /// <summary>
    /// The case id within the caller's tenant that a case's global id names; <c>FORBIDDEN</c>
    /// for another tenant's case.
    /// </summary>
    public static string OwnCaseId(IResolveFieldContext ctx, string globalId)
    {
        var key = Key(globalId);
        RequireOwnTenant(ctx, key);
        return key[7..];
    }

    /// <summary>
    /// The case grain of a "{tenant}/{caseId}" key, once the key is checked to be of the caller's
    /// tenant and the caller may call its <paramref name="method"/>.
    /// </summary>
    public static Task<ICaseGrain> GrainOfKeyAsync(IResolveFieldContext ctx, string key, string method)
    {
        if (!NodeId.IsTenantKey(key))
        {
            throw NotACaseId();
        }

        RequireOwnTenant(ctx, key);
        return GrainGate.OpenAsync<ICaseGrain>(ctx, key, method, NodeType);
    }

    private static ApiException NotACaseId() => new(ErrorCodes.BadUserInput, "The id is not a case id.");

    // A key of another tenant is refused, and the attempt traced in the owning tenant's chain (as
    // the silo's filter traces the attempts it refuses, aggregated per caller and window).
    private static void RequireOwnTenant(IResolveFieldContext ctx, string key)
    {
        var caller = ctx.RequireCaller();
        var owner = key[..6];
        if (owner == caller.TenantCode)
        {
            return;
        }

        if (ctx.Directory().IsTenant(owner))
        {
            ctx.RequestServices?.GetService<DeniedAccessAudit>()?.Record(caller, owner, NodeType, key[7..]);
        }

        throw new ApiException(ErrorCodes.Forbidden, "The case belongs to another tenant.");
    }
}
