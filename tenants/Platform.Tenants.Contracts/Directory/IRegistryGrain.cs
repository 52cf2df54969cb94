using Platform.Tenants.Access;

namespace Platform.Tenants.Directory;

/// <summary>
/// The single registry of tenants (key <see cref="Key"/>): serves the reference catalog and loads
/// the starting designations once, idempotently, at first start.
/// </summary>
[Alias("platform.registry"), OwnedBy(OwnerKind.None)]
public interface IRegistryGrain : IGrainWithStringKey
{
    /// <summary>The one key this grain is used with.</summary>
    const string Key = "registry";

    /// <summary>The immutable reference catalog (prefectures, municipalities, official tables).</summary>
    [Alias("catalog"), Orleans.Concurrency.AlwaysInterleave, Access(AccessLevel.Public)]
    Task<DirectoryCatalog> GetCatalog();

    /// <summary>Loads the FY2023 designations if this deployment has not loaded them yet.</summary>
    [Alias("seed")]
    [Access(AccessLevel.System)]
    Task<SeedReport> EnsureSeeded();
}
