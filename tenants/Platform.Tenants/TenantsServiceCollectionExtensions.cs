using Microsoft.Extensions.DependencyInjection;
using Platform.Tenants.ReferenceData;

namespace Platform.Tenants;

/// <summary>Registers what the tenant grains need from the container.</summary>
public static class TenantsServiceCollectionExtensions
{
    /// <summary>Adds the reference catalog (loaded and validated here, once per process).</summary>
    public static IServiceCollection AddPlatformTenants(this IServiceCollection services) =>
        services.AddSingleton(_ => ReferenceCatalog.Instance);
}
