namespace Platform.Silo.Orleans;

/// <summary>How silos find each other (setting <c>Cluster:Membership</c>).</summary>
public enum ClusterMembership
{
    /// <summary>One silo in this process, nothing shared: the embedded default.</summary>
    Localhost,

    /// <summary>
    /// Any number of silo processes, on one host or many, sharing membership and reminders in
    /// the platform's PostgreSQL.
    /// </summary>
    AdoNet,

    /// <summary>
    /// As <see cref="AdoNet"/>, plus Orleans' Kubernetes hosting: silo name, address and
    /// cluster ids from the pod (downward API), and pods of dead silos watched through the API.
    /// </summary>
    Kubernetes,
}
