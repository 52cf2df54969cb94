namespace Platform.Silo.Storage;

/// <summary>
/// How many PostgreSQL connections one silo may hold, and how long a request waits for one.
/// Each silo has two pools: storage (grain state, membership, reminders, tenant keys; setting
/// <c>Storage:MaxPoolSize</c>, default 30) and audit (<c>Audit:MaxPoolSize</c>, default 10), plus
/// one connection for readiness probes. The budget is
/// <c>(Storage:MaxPoolSize + Audit:MaxPoolSize + 2) × Storage:MaxSilos &lt; max_connections</c>;
/// the local server is started with <see cref="LocalMaxConnections"/>, which fits the defaults
/// (42 × 6 = 252 &lt; 300 less the superuser reserve).
/// </summary>
/// <remarks>
/// A pool that is out of connections makes the next caller wait up to Npgsql's <c>Timeout</c>,
/// then fail. A short wait (<c>Storage:PoolTimeoutSeconds</c>, default 3) answers UNAVAILABLE
/// quickly, instead of letting requests pile up behind a database that is already at its limit.
/// A connection keeps its session when it goes back to the pool (no <c>DISCARD ALL</c>), and the
/// statements it runs again and again (grain writes, audit appends) are prepared once on it
/// (Npgsql's automatic preparation) instead of being parsed and planned on every use: that was
/// half of the server's CPU per case mutation. Nothing here sets session state that a later
/// user of the connection could inherit (no <c>SET</c>, session locks or temporary tables;
/// locks are transaction-scoped).
/// </remarks>
public static class ConnectionBudget
{
    /// <summary>The <c>max_connections</c> of the PostgreSQL server a silo starts itself.</summary>
    public const int LocalMaxConnections = 300;

    /// <summary>Storage pool size per silo.</summary>
    public const string StoragePoolSetting = "Storage:MaxPoolSize";

    /// <summary>Audit pool size per silo.</summary>
    public const string AuditPoolSetting = "Audit:MaxPoolSize";

    /// <summary>Seconds to wait for a pooled connection (or to open one).</summary>
    public const string PoolTimeoutSetting = "Storage:PoolTimeoutSeconds";

    /// <summary>How many silos the budget must allow for.</summary>
    public const string MaxSilosSetting = "Storage:MaxSilos";

    /// <summary>The storage connection string with this silo's pool size and wait.</summary>
    public static string ForStorage(string connectionString, IConfiguration configuration) =>
        Apply(connectionString, configuration.GetValue(StoragePoolSetting, 30), configuration);

    /// <summary>The audit connection string with this silo's pool size and wait.</summary>
    public static string ForAudit(string connectionString, IConfiguration configuration) =>
        Apply(connectionString, configuration.GetValue(AuditPoolSetting, 10), configuration);

    /// <summary>The connections all silos may hold together at most.</summary>
    public static int Total(IConfiguration configuration) =>
        (configuration.GetValue(StoragePoolSetting, 30) + configuration.GetValue(AuditPoolSetting, 10) + 2)
        * configuration.GetValue(MaxSilosSetting, 6);

    private static string Apply(string connectionString, int maxPoolSize, IConfiguration configuration)
    {
        if (maxPoolSize <= 0)
            throw new InvalidOperationException($"{StoragePoolSetting} and {AuditPoolSetting} must be positive.");

        return new NpgsqlConnectionStringBuilder(connectionString)
        {
            MaxPoolSize = maxPoolSize,
            MinPoolSize = 0,
            Timeout = Math.Max(1, configuration.GetValue(PoolTimeoutSetting, 3)),
            NoResetOnClose = true,
            MaxAutoPrepare = 20,
        }.ConnectionString;
    }
}
