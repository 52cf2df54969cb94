namespace Platform.Tests.Cluster;

/// <summary>
/// The fault tests: each starts silos or stops a database of its own, and they run one after
/// another so their timings are not skewed by each other on a two-core machine.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ClusterCollection
{
    /// <summary>The collection's name.</summary>
    public const string Name = "cluster faults";
}
