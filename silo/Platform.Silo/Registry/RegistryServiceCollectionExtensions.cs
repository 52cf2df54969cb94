namespace Platform.Silo.Registry;

/// <summary>Registers the registry loader.</summary>
public static class RegistryServiceCollectionExtensions
{
    /// <summary>Adds the readiness flag and the loader that runs at start.</summary>
    public static IServiceCollection AddPlatformRegistry(this IServiceCollection services)
    {
        services.AddSingleton<RegistryReadiness>();
        services.AddHostedService<RegistrySeeder>();
        return services;
    }
}
