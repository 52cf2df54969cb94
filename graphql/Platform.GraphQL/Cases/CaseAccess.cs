using GraphQL;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Authorization;
using Platform.GraphQL.Errors;
using Platform.GraphQL.Infrastructure;
using Platform.GraphQL.Mutations;
using Platform.GraphQL.Relay;
using Platform.Tenants.Cases;
using Platform.Tenants.Common;

namespace Platform.GraphQL.Cases;

/// <summary>
/// Who may reach which case. The tenant of a case is always the verified caller's; a case id
/// names its tenant, and an id of another tenant is refused here (and again by the silo's call
/// filter) before any grain of that tenant is touched.
/// </summary>
internal static class CaseAccess
{
    /// <summary>The type name inside a case's global id.</summary>
    public const string NodeType = "Case";

    /// <summary>The global id of a case.</summary>
    public static string GlobalId(string tenantCode, string caseId) => NodeId.Encode(NodeType, $"{tenantCode}/{caseId}");

    /// <summary>
    /// The verified caller and its tenant, when the caller is case staff of a municipality or a
    /// prefecture (the only tenants that hold cases); <c>FORBIDDEN</c> otherwise.
    /// </summary>
    public static async Task<(Caller Caller, string Tenant)> CallerTenantAsync(IResolveFieldContext ctx, params string[] roles)
    {
        var caller = ctx.RequireCaller();
        var allowed = roles.Length == 0 ? CaseRoles.Staff : roles;
        if (!allowed.Any(caller.IsInRole))
        {
            throw new ApiException(ErrorCodes.Forbidden, $"Cases need one of the roles {string.Join(", ", allowed)}.");
        }

        var directory = ctx.Directory();
        if (directory.Municipality(caller.TenantCode) is null && directory.PrefectureByLgCode(caller.TenantCode) is null)
        {
            throw new ApiException(ErrorCodes.Forbidden, "Cases belong to municipalities and prefectures; the caller's tenant holds none.");
        }

        return (caller, caller.TenantCode);
    }

    /// <summary>
    /// Calls <paramref name="change"/> on the case a global id names, once the caller (in one of
    /// <paramref name="roles"/>) may reach it; its answer as a mutation's reply.
    /// </summary>
    public static async Task<Reply<CaseFile>> ChangeAsync(IResolveFieldContext ctx, string globalId, Func<ICaseGrain, Task<CaseResult>> change, params string[] roles) =>
        Reply(await change(await GrainAsync(ctx, globalId, roles)));

    /// <summary>A case grain's answer as a mutation's reply; a case that does not exist is <c>NOT_FOUND</c>.</summary>
    public static Reply<CaseFile> Reply(CaseResult result) => new(result.Case, result.Errors, "CASE_NOT_FOUND");

    /// <summary>The case grain a global id names, once the id is checked to be of the caller's tenant.</summary>
    public static Task<ICaseGrain> GrainAsync(IResolveFieldContext ctx, string globalId, params string[] roles) =>
        GrainOfKeyAsync(ctx, Key(globalId), roles);

    /// <summary>The "{tenant}/{caseId}" of a global id; <c>BAD_USER_INPUT</c> when it is no case id.</summary>
    public static string Key(string globalId)
    {
        var (type, key) = NodeId.Decode(globalId);
        return type == NodeType && IsCaseKey(key) ? key : throw NotACaseId();
    }

    /// <summary>The case grain of a "{tenant}/{caseId}" key, once checked to be of the caller's tenant.</summary>
    public static async Task<ICaseGrain> GrainOfKeyAsync(IResolveFieldContext ctx, string key, params string[] roles)
    {
        if (!IsCaseKey(key))
        {
            throw NotACaseId();
        }

        var (caller, tenant) = await CallerTenantAsync(ctx, roles);
        var owner = key[..key.IndexOf('/')];
        if (owner != tenant)
        {
            await RecordDenialAsync(ctx, caller, owner, key);
            throw new ApiException(ErrorCodes.Forbidden, "The case belongs to another tenant.");
        }

        return ctx.Grains().GetGrain<ICaseGrain>(key);
    }


    // Ids we issue: "{6-digit LG code}/{32 lower-case hex}". Anything else is refused before it
    // can name (and activate) a grain.
    private static bool IsCaseKey(string key) =>
        key.Length == 39 && key[6] == '/' && key.AsSpan(0, 6).ContainsAnyExcept("0123456789") is false
        && key.AsSpan(7).ContainsAnyExcept("0123456789abcdef") is false;

    private static ApiException NotACaseId() => new(ErrorCodes.BadUserInput, "The id is not a case id.");

    // The refused attempt is traced in the owning tenant's chain, as the silo's filter traces the
    // attempts it refuses, and with them aggregated per caller and window.
    private static async Task RecordDenialAsync(IResolveFieldContext ctx, Caller caller, string owner, string key)
    {
        var directory = ctx.Directory();
        if (directory.Municipality(owner) is not null || directory.PrefectureByLgCode(owner) is not null)
        {
            ctx.RequestServices?.GetService<DeniedAccessAudit>()?.Record(caller, owner, NodeType, key[7..]);
        }
    }
}
