using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Platform.Tenants.ReferenceData;

namespace Platform.Tenants;

/// <summary>Registers what the tenant grains need from the container.</summary>
public static class TenantsServiceCollectionExtensions
{
    /// <summary>Adds the directory and the published lists (loaded and validated here, once per process) and the clock.</summary>
    public static IServiceCollection AddPlatformTenants(this IServiceCollection services)
    {
        services.TryAddSingleton(_ => TenantDirectory.Instance);
        services.TryAddSingleton(_ => PublishedLists.Instance);

        // Grains read "now" through the platform clock so tests can move the date; the Orleans
        // runtime keeps its own TimeProvider (see PlatformClock).
        services.TryAddSingleton(PlatformClock.Real);
        return services;
    }
}
