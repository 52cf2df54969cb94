using System.Reflection;
using Platform.GraphQL.Authorization;
using Platform.Tenants.Access;

namespace Platform.Silo.Access;

/// <summary>
/// Checks every incoming call to a platform grain against the method's
/// <see cref="AccessAttribute"/> and the verified caller. Deny by default: no rule, a forged
/// or expired caller context, the wrong tenant or role, all end in <see cref="AccessDeniedException"/>
/// before any grain code runs.
/// </summary>
public sealed class TenantAccessFilter(CallerSigner signer, TenantDirectory directory, DeniedAccessAudit audit, ILogger<TenantAccessFilter> logger) : IIncomingGrainCallFilter
{
    private static readonly Assembly ContractAssembly = typeof(IDirectoryGrain).Assembly;
    private static readonly ConcurrentDictionary<MethodInfo, (AccessAttribute? Rule, OwnerKind Owner)> Rules = new();

    /// <inheritdoc />
    public async Task Invoke(IIncomingGrainCallContext context)
    {
        var method = context.InterfaceMethod;
        if (method?.DeclaringType?.Assembly != ContractAssembly)
        {
            // Orleans' own system grains and anything not ours.
            await context.Invoke();
            return;
        }

        var (rule, owner) = Rules.GetOrAdd(method, RuleOf);
        var envelope = CallerContext.CurrentEnvelope;
        Caller? caller = null;
        string? denial;
        if (envelope is not null && !signer.Verify(envelope))
        {
            denial = "The caller context is not valid.";
        }
        else if (envelope is not null && !signer.IsCurrent(envelope))
        {
            // Genuine but old: kept or replayed, never a live request's.
            denial = "The caller context has expired.";
        }
        else
        {
            caller = envelope?.Caller;
            denial = AccessPolicy.Deny(rule, owner, context.TargetId.Key.ToString()!, caller, directory);
        }

        if (denial is not null)
        {
            logger.LogWarning(
                "Denied {Interface}.{Method} on {Grain} to subject {Subject} of tenant {Tenant}: {Reason}",
                method.DeclaringType.Name, method.Name, context.TargetId, caller?.Subject ?? "(anonymous)", caller?.TenantCode ?? "-", denial);
            RecordDenial(method, owner, context.TargetId.Key.ToString()!, caller);
            throw new AccessDeniedException(denial);
        }

        await context.Invoke();
    }

    // Every denied attempt leaves a trace in the owning tenant's chain ("platform" for shared
    // objects), aggregated per caller and window so that a flood of refusals stays one entry.
    private void RecordDenial(MethodInfo method, OwnerKind owner, string key, Caller? caller)
    {
        var tenant = AccessPolicy.OwnerTenant(owner, key, directory) ?? "platform";
        audit.Record(caller, tenant, method.DeclaringType!.Name, $"{key}#{method.Name}");
    }

    private static (AccessAttribute? Rule, OwnerKind Owner) RuleOf(MethodInfo method) => (
        method.GetCustomAttribute<AccessAttribute>(),
        method.DeclaringType?.GetCustomAttribute<OwnedByAttribute>()?.Kind ?? OwnerKind.None);
}
