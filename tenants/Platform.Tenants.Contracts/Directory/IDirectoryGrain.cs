namespace Platform.Tenants.Directory;

/// <summary>
/// The one directory grain (key <see cref="Key"/>): loads the starting designations once,
/// idempotently, at first start, and serves the official national tables. The directory's static
/// facts (codes, names, kinds) are read from <see cref="TenantDirectory"/>, never through a call.
/// </summary>
[Alias("platform.registry"), OwnedBy(OwnerKind.None)]
public interface IDirectoryGrain : IGrainWithStringKey
{
    /// <summary>The one key this grain is used with (stored state is filed under it).</summary>
    const string Key = "registry";

    /// <summary>The official national program counts and request status.</summary>
    [Alias("official-tables"), Orleans.Concurrency.AlwaysInterleave, Access(AccessLevel.Public)]
    Task<OfficialTables> GetOfficialTables();

    /// <summary>Loads the FY2023 designations if this deployment has not loaded them yet.</summary>
    [Alias("seed")]
    [Access(AccessLevel.System)]
    Task<SeedReport> EnsureSeeded();
}
