namespace Platform.Silo.Orleans;

/// <summary>
/// Orleans' own silo service, created when the host starts it rather than when the host collects
/// its hosted services. Orleans builds the silo, and checks the options of its storage, reminders
/// and membership, in that service's constructor; those options name the database, which
/// <see cref="PlatformDatabaseStartup"/> opens in the host's "starting" step, after the hosted
/// services have been collected and before any of them starts.
/// </summary>
internal sealed class SiloStartAfterDatabase(IServiceProvider services, Type siloService) : IHostedService
{
    // Orleans registers its silo service under this (internal) name in Orleans.Runtime.
    private const string SiloServiceName = "SiloHostedService";

    private IHostedService? silo;

    /// <inheritdoc />
    public Task StartAsync(CancellationToken cancellationToken)
    {
        silo = (IHostedService)ActivatorUtilities.CreateInstance(services, siloService);
        return silo.StartAsync(cancellationToken);
    }

    /// <inheritdoc />
    public Task StopAsync(CancellationToken cancellationToken) => silo?.StopAsync(cancellationToken) ?? Task.CompletedTask;

    /// <summary>Puts this in the place of Orleans' silo service, so it starts and stops in the same order as before.</summary>
    /// <exception cref="InvalidOperationException">Orleans' silo service is not registered (call after <c>UseOrleans</c>), or no longer as expected.</exception>
    public static void Replace(IServiceCollection services)
    {
        var index = -1;
        for (var i = 0; i < services.Count; i++)
        {
            // ImplementationType may only be read on a descriptor that is not keyed.
            if (services[i] is { IsKeyedService: false } descriptor && descriptor.ServiceType == typeof(IHostedService)
                && descriptor.ImplementationType is { Name: SiloServiceName } implementation
                && implementation.Assembly == typeof(global::Orleans.Runtime.Silo).Assembly)
            {
                index = index < 0 ? i : throw new InvalidOperationException("Orleans' silo service is registered twice.");
            }
        }

        if (index < 0)
        {
            throw new InvalidOperationException($"Orleans' {SiloServiceName} is not registered as a hosted service: the silo's start cannot wait for the database.");
        }

        var siloService = services[index].ImplementationType!;
        services[index] = ServiceDescriptor.Singleton<IHostedService>(provider => new SiloStartAfterDatabase(provider, siloService));
    }
}
