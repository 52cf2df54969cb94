using System.Collections.Concurrent;
using System.Reflection;
using Microsoft.Extensions.DependencyInjection;
using Platform.GraphQL.Authorization;
using Platform.Tenants.Access;

namespace Platform.GraphQL.Infrastructure;

/// <summary>
/// Takes, before a grain is named, the decision the silo's call filter would take for one of its
/// methods: the method's <see cref="AccessAttribute"/>, the tenant the key names and the verified
/// caller. The filter runs inside the grain's activation, so a refusal there has already loaded
/// the grain (and its state); a refusal here costs nothing beyond a count in the owning tenant's
/// audit (<see cref="DeniedAccessAudit"/>). The filter still checks every call that gets through.
/// </summary>
internal static class GrainGate
{
    private static readonly ConcurrentDictionary<(Type Grain, string Method), (AccessAttribute? Rule, OwnerKind Owner)> Rules = new();

    /// <summary>
    /// The grain of <typeparamref name="TGrain"/> with <paramref name="key"/>, once the caller
    /// passes the rule of <paramref name="method"/>; otherwise <c>FORBIDDEN</c>, traced in the
    /// owning tenant's audit as <paramref name="objectType"/> <paramref name="key"/>.
    /// </summary>
    public static async Task<TGrain> OpenAsync<TGrain>(IResolveFieldContext ctx, string key, string method, string objectType)
        where TGrain : IGrainWithStringKey
    {
        var (rule, owner) = Rules.GetOrAdd((typeof(TGrain), method), RuleOf);
        var directory = ctx.Directory();
        var caller = ctx.Caller();
        if (AccessPolicy.Deny(rule, owner, key, caller, directory) is { } denial)
        {
            if (AccessPolicy.OwnerTenant(owner, key, directory) is { } tenant)
                ctx.RequestServices?.GetService<DeniedAccessAudit>()?.Record(caller, tenant, objectType, $"{key}#{method}");
            throw new ApiException(ErrorCodes.Forbidden, denial);
        }

        return ctx.Grains().Grain<TGrain>(key);
    }

    /// <summary>
    /// True when the caller passes the rule of <paramref name="method"/> on the grain with
    /// <paramref name="key"/>: for fields that show more to those the rule admits and less, never
    /// an error, to everyone else (so nothing is counted as a refusal).
    /// </summary>
    public static bool Admits<TGrain>(IResolveFieldContext ctx, string key, string method)
        where TGrain : IGrainWithStringKey
    {
        var (rule, owner) = Rules.GetOrAdd((typeof(TGrain), method), RuleOf);
        return AccessPolicy.Deny(rule, owner, key, ctx.Caller(), ctx.Directory()) is null;
    }

    private static (AccessAttribute? Rule, OwnerKind Owner) RuleOf((Type Grain, string Method) target)
    {
        var method = target.Grain.GetMethod(target.Method)
            ?? throw new InvalidOperationException($"{target.Grain.Name} has no method {target.Method}.");
        return (method.GetCustomAttribute<AccessAttribute>(), target.Grain.GetCustomAttribute<OwnedByAttribute>()?.Kind ?? OwnerKind.None);
    }
}
