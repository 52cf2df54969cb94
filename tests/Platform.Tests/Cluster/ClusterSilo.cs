namespace Platform.Tests.Cluster;

/// <summary>
/// One silo of a shared (ADO.NET) cluster run as its own process (<see cref="SiloProcess"/>), on
/// the test's database and data folder, so a test can stop, restart or <c>kill -9</c> it.
/// </summary>
internal static class ClusterSilo
{
    /// <summary>
    /// Starts a silo on <paramref name="connectionString"/> sharing <paramref name="dataDirectory"/> (keys);
    /// <paramref name="settings"/> (<c>Section:Key=value</c>) override the defaults below.
    /// </summary>
    public static SiloProcess Start(string connectionString, string dataDirectory, params string[] settings) =>
        SiloProcess.Start(new SiloLaunch(SiloLaunch.BuiltSiloDll(), dataDirectory)
        {
            Settings =
            [
                $"ConnectionStrings:Platform={connectionString}",
                "Cluster:Membership=AdoNet", "Cluster:AdvertisedAddress=127.0.0.1", "Storage:AllowUnsafeDurability=true",
                // The fault tests write as one caller, far faster than a person would.
                "GraphQL:RateLimit:PermitsPerMinute=1000000", "GraphQL:RateLimit:Burst=100000",
                .. settings,
            ],
        });
}
