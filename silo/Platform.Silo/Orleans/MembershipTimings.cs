using Orleans.Configuration;

namespace Platform.Silo.Orleans;

/// <summary>
/// Membership timings for a shared cluster, tuned so a silo that dies without a word (a
/// <c>kill -9</c>, a lost node) is declared dead in well under 30 s, and its grains come back
/// on the survivors.
/// </summary>
/// <remarks>
/// Every silo probes a few others each <see cref="ProbeTimeout"/>. A silo that misses
/// <see cref="MissedProbesLimit"/> probes in a row is suspected; with the votes it needs
/// (one vote in a cluster of two, two otherwise) it is declared dead in the membership table and
/// every silo drops its grains from the directory. Worst case about
/// <c>ProbeTimeout × (MissedProbesLimit + 1)</c> ≈ 8 s plus a table round trip; the cluster
/// tests measure it. Orleans' defaults (5 s probes, 3 misses, 60 s table refresh, 30 s
/// heartbeats) take about 20 s, and a silo that missed the news learns it only at the next
/// table refresh. Shorter probes would risk declaring a silo dead during a long GC pause or a busy
/// moment on a two-core machine; 2 s × 3 tolerates a pause of about 6 s.
/// </remarks>
public static class MembershipTimings
{
    /// <summary>How often a silo probes each silo it monitors, and how long it waits for the answer.</summary>
    public static readonly TimeSpan ProbeTimeout = TimeSpan.FromSeconds(2);

    /// <summary>Missed probes in a row before a silo votes another dead.</summary>
    public const int MissedProbesLimit = 3;

    /// <summary>
    /// How often each silo re-reads the whole membership table, catching changes it missed
    /// (a silo started elsewhere, a death declared while it was busy).
    /// </summary>
    public static readonly TimeSpan TableRefreshTimeout = TimeSpan.FromSeconds(10);

    /// <summary>How often a silo writes its heartbeat to the table (read by operators and tools).</summary>
    public static readonly TimeSpan IAmAlivePublishPeriod = TimeSpan.FromSeconds(10);

    /// <summary>How long a vote counts: long enough to gather the second vote.</summary>
    public static readonly TimeSpan DeathVoteExpiration = TimeSpan.FromSeconds(30);

    /// <summary>Rows of silos dead for this long are removed from the table.</summary>
    public static readonly TimeSpan DefunctSiloExpiration = TimeSpan.FromHours(24);

    /// <summary>Applies the timings.</summary>
    public static void Apply(ClusterMembershipOptions options)
    {
        options.ProbeTimeout = ProbeTimeout;
        options.NumMissedProbesLimit = MissedProbesLimit;
        options.TableRefreshTimeout = TableRefreshTimeout;
        options.IAmAliveTablePublishTimeout = IAmAlivePublishPeriod;
        options.DeathVoteExpirationTimeout = DeathVoteExpiration;
        options.DefunctSiloExpiration = DefunctSiloExpiration;
        options.DefunctSiloCleanupPeriod = TimeSpan.FromHours(1);
    }
}
