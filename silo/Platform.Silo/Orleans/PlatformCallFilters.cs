using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.GraphQL.Authorization;
using Platform.Silo.Access;

namespace Platform.Silo.Orleans;

/// <summary>The incoming call filters every platform silo runs, in one place for the silo and the test cluster.</summary>
public static class PlatformCallFilters
{
    /// <summary>
    /// Adds the tenant access check (first: nothing runs for a refused caller), the storage
    /// failure filter, and the retry of requests' calls that met a grain moving between silos.
    /// </summary>
    public static ISiloBuilder AddPlatformCallFilters(this ISiloBuilder silo)
    {
        // The access filter records its refusals through the aggregating denial log.
        silo.Services.TryAddSingleton<DeniedAccessAudit>();
        silo.AddIncomingGrainCallFilter<TenantAccessFilter>();
        silo.AddIncomingGrainCallFilter<StorageFailureFilter>();
        silo.AddOutgoingGrainCallFilter<TransientCallRetry>();
        return silo;
    }
}
