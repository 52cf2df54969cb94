using Platform.Silo.Access;

namespace Platform.Silo.Orleans;

/// <summary>The incoming call filters every platform silo runs, in one place for the silo and the test cluster.</summary>
public static class PlatformCallFilters
{
    /// <summary>
    /// Adds the tenant access check (first: nothing runs for a refused caller) and the storage
    /// failure filter.
    /// </summary>
    public static ISiloBuilder AddPlatformCallFilters(this ISiloBuilder silo)
    {
        silo.AddIncomingGrainCallFilter<TenantAccessFilter>();
        silo.AddIncomingGrainCallFilter<StorageFailureFilter>();
        return silo;
    }
}
