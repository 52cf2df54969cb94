namespace Platform.Silo.Orleans;

/// <summary>
/// Clustering settings (section <c>Cluster</c>). The ports are <c>Platform:SiloPort</c> and
/// <c>Platform:GatewayPort</c>.
/// </summary>
public sealed class PlatformClusterOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Cluster";

    /// <summary>How silos find each other.</summary>
    public ClusterMembership Membership { get; set; } = ClusterMembership.Localhost;

    /// <summary>
    /// Silos with the same cluster id form one cluster; a new id starts a fresh membership
    /// (for a blue/green deployment) over the same data.
    /// </summary>
    public string ClusterId { get; set; } = "platform";

    /// <summary>
    /// Identifies the stored data (grain state and reminders are keyed by it): never change it
    /// on a running platform.
    /// </summary>
    public string ServiceId { get; set; } = "platform";

    /// <summary>
    /// The IP address other silos reach this one on. Empty: Orleans picks this host's first
    /// non-loopback address (in Kubernetes, the pod IP). Use <c>127.0.0.1</c> for a cluster on
    /// one machine.
    /// </summary>
    public string? AdvertisedAddress { get; set; }

    /// <summary>True when silos share membership through PostgreSQL.</summary>
    public bool IsShared => Membership is not ClusterMembership.Localhost;
}
