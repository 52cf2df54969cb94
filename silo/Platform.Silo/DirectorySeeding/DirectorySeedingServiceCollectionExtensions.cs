namespace Platform.Silo.DirectorySeeding;

/// <summary>Registers the directory loader.</summary>
public static class DirectorySeedingServiceCollectionExtensions
{
    /// <summary>Adds the readiness flag and the loader that runs at start.</summary>
    public static IServiceCollection AddPlatformDirectorySeeding(this IServiceCollection services)
    {
        services.AddSingleton<DirectoryReadiness>();
        services.AddHostedService<DirectorySeeder>();
        return services;
    }
}
