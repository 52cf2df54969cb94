using System.Collections.Concurrent;
using System.Reflection;
using Platform.Tenants.Access;
using Platform.Tenants.Audit;
using Platform.Tenants.Common;
using Platform.Tenants.Directory;
using Platform.Tenants.ReferenceData;

namespace Platform.Silo.Access;

/// <summary>
/// Checks every incoming call to a platform grain against the method's
/// <see cref="AccessAttribute"/> and the verified caller. Deny by default: no rule, a forged
/// or expired caller context, the wrong tenant or role, all end in <see cref="AccessDeniedException"/>
/// before any grain code runs.
/// </summary>
public sealed class TenantAccessFilter(CallerSigner signer, ReferenceCatalog reference, IAuditLog audit, PlatformClock clock, ILogger<TenantAccessFilter> logger) : IIncomingGrainCallFilter
{
    private static readonly Assembly ContractAssembly = typeof(IRegistryGrain).Assembly;
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
            denial = AccessPolicy.Deny(rule, owner, context.TargetId.Key.ToString()!, caller, reference.Index);
        }

        if (denial is not null)
        {
            logger.LogWarning(
                "Denied {Interface}.{Method} on {Grain} to subject {Subject} of tenant {Tenant}: {Reason}",
                method.DeclaringType.Name, method.Name, context.TargetId, caller?.Subject ?? "(anonymous)", caller?.TenantCode ?? "-", denial);
            await RecordDenial(method, owner, context.TargetId.Key.ToString()!, caller);
            throw new AccessDeniedException(denial);
        }

        await context.Invoke();
    }

    // Every denied attempt leaves a trace in the owning tenant's chain ("platform" for shared
    // objects). A failure to record it is logged but never turns a denial into an allowance.
    private async Task RecordDenial(MethodInfo method, OwnerKind owner, string key, Caller? caller)
    {
        try
        {
            var tenant = AccessPolicy.OwnerTenant(owner, key, reference.Index) ?? "platform";
            var actor = caller ?? new Caller("anonymous", "-", []);
            await audit.AppendAsync(AuditRecord.For(
                actor, tenant, AuditActions.AccessDenied, method.DeclaringType!.Name, $"{key}#{method.Name}", AuditOutcome.Denied, clock.GetUtcNow()));
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not record a denied call to {Interface}.{Method}", method.DeclaringType?.Name, method.Name);
        }
    }

    private static (AccessAttribute? Rule, OwnerKind Owner) RuleOf(MethodInfo method) => (
        method.GetCustomAttribute<AccessAttribute>(),
        method.DeclaringType?.GetCustomAttribute<OwnedByAttribute>()?.Kind ?? OwnerKind.None);
}
