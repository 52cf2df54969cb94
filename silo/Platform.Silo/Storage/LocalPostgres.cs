using System.Net;
using System.Net.Sockets;

namespace Platform.Silo.Storage;

/// <summary>
/// A PostgreSQL server started by the silo itself from the locally installed binaries, for
/// development and tests when no <c>ConnectionStrings:Platform</c> is configured. It
/// listens on 127.0.0.1 only, on a free port, and keeps its cluster in a data folder that
/// survives restarts.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    /// <summary>The database created for the platform on first start.</summary>
    public const string DatabaseName = "platform";

    private const int PortAttempts = 3;
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(90);

    private readonly PostgresCluster cluster;
    private readonly ILogger logger;
    private int stopped;

    private LocalPostgres(PostgresCluster cluster, string dataDirectory, int port, string password, ILogger logger)
    {
        this.cluster = cluster;
        this.logger = logger;
        DataDirectory = dataDirectory;
        Port = port;
        ConnectionString = new NpgsqlConnectionStringBuilder
        {
            Host = IPAddress.Loopback.ToString(),
            Port = port,
            Database = DatabaseName,
            Username = PostgresCluster.SuperUser,
            Password = password,
        }.ConnectionString;
    }

    /// <summary>Npgsql connection string for the <c>platform</c> database, as the superuser.</summary>
    public string ConnectionString { get; }

    /// <summary>The TCP port on 127.0.0.1 the server listens on.</summary>
    public int Port { get; }

    /// <summary>The folder holding the cluster (<c>pg/</c>) and its password file.</summary>
    public string DataDirectory { get; }

    /// <summary>
    /// Starts (or, on first use, creates and starts) the cluster in
    /// <paramref name="dataDirectory"/>, or attaches to the server already running on it,
    /// and returns once the <c>platform</c> database accepts connections.
    /// </summary>
    /// <param name="dataDirectory">Folder for the cluster; created if missing.</param>
    /// <param name="logger">Told what is done (folder, port), never the password.</param>
    /// <param name="ct">Cancels start-up.</param>
    /// <exception cref="PrerequisiteMissingException">The PostgreSQL server binaries are not installed.</exception>
    /// <exception cref="InvalidOperationException">initdb or pg_ctl failed; the message carries their error output.</exception>
    public static Task<LocalPostgres> StartAsync(string dataDirectory, ILogger logger, CancellationToken ct) =>
        StartAsync(dataDirectory, LocalPostgresDurability.Durable, logger, ct);

    /// <inheritdoc cref="StartAsync(string, ILogger, CancellationToken)"/>
    /// <param name="dataDirectory">Folder for the cluster; created if missing.</param>
    /// <param name="durability">Whether data must survive a machine crash; tests use <see cref="LocalPostgresDurability.Throwaway"/>.</param>
    /// <param name="logger">Told what is done (folder, port), never the password.</param>
    /// <param name="ct">Cancels start-up.</param>
    public static async Task<LocalPostgres> StartAsync(
        string dataDirectory, LocalPostgresDurability durability, ILogger logger, CancellationToken ct)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(dataDirectory);
        ArgumentNullException.ThrowIfNull(logger);

        var binaries = PostgresBinaries.Locate();
        var account = PostgresServerAccount.ForCurrentProcess();
        dataDirectory = Path.GetFullPath(dataDirectory);
        Directory.CreateDirectory(dataDirectory);
        var cluster = new PostgresCluster(dataDirectory, binaries, account, durability);
        var stopwatch = Stopwatch.StartNew();

        // Two silos on one machine sharing a data folder must not both run initdb or
        // pg_ctl start; the second waits here and then finds the server running.
        using (await AcquireLauncherLockAsync(dataDirectory, ct))
        {
            var password = cluster.ReadOrCreatePassword();
            if (!cluster.IsInitialized)
            {
                logger.LogInformation("Creating a PostgreSQL cluster in {ClusterDirectory} with {InitDb}", cluster.ClusterDirectory, binaries.InitDb);
                await cluster.InitializeAsync(ct);
            }
            else if (account.RunsAsSystemUser)
            {
                await cluster.RepairOwnershipAsync(ct);
            }

            var port = await cluster.FindRunningPortAsync(ct);
            var startedHere = port is null;
            try
            {
                if (port is not null)
                {
                    logger.LogInformation("Reusing the PostgreSQL server already running on {ClusterDirectory}, port {Port}", cluster.ClusterDirectory, port);
                }
                else
                {
                    port = await StartOnFreePortAsync(cluster, ct);
                    logger.LogInformation("Started PostgreSQL on 127.0.0.1:{Port} for {ClusterDirectory}", port, cluster.ClusterDirectory);
                }

                var server = new LocalPostgres(cluster, dataDirectory, port.Value, password, logger);
                await PlatformDatabase.WaitUntilReadyAsync(server.ConnectionString, logger, ct);
                await PlatformDatabase.EnsureExistsAsync(server.ConnectionString, logger, ct);
                logger.LogInformation("PostgreSQL database {Database} ready on port {Port} after {ElapsedMs} ms", DatabaseName, port, stopwatch.ElapsedMilliseconds);
                return server;
            }
            catch when (startedHere)
            {
                // Cancelled or failed before anyone could use it: a server nobody holds is not left running.
                await cluster.StopAsync(CancellationToken.None);
                throw;
            }
        }
    }

    /// <summary>
    /// Stops the server and waits until it is down: a fast shutdown (sessions are ended,
    /// a checkpoint is written), or an immediate one for a throwaway server.
    /// </summary>
    public async Task StopAsync()
    {
        if (Interlocked.Exchange(ref stopped, 1) == 1)
        {
            return;
        }

        await cluster.StopAsync(CancellationToken.None);
        logger.LogInformation("Stopped PostgreSQL on port {Port} for {ClusterDirectory}", Port, cluster.ClusterDirectory);
    }

    /// <summary>
    /// Starts the server again, on the same port, after <see cref="StopAsync"/>: connection
    /// strings handed out before stay valid (database outage drills and tests).
    /// </summary>
    public async Task RestartAsync(CancellationToken ct)
    {
        if (!await cluster.TryStartAsync(Port, ct))
        {
            throw new InvalidOperationException($"PostgreSQL could not start again: port {Port} was taken meanwhile.");
        }

        Interlocked.Exchange(ref stopped, 0);
        await PlatformDatabase.WaitUntilReadyAsync(ConnectionString, logger, ct);
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await StopAsync();

    private static async Task<int> StartOnFreePortAsync(PostgresCluster cluster, CancellationToken ct)
    {
        // A port found free can be taken by someone else before the server binds it;
        // PostgreSQL then fails fast and another port is tried.
        for (var attempt = 1; ; attempt++)
        {
            var port = FindFreePort();
            if (await cluster.TryStartAsync(port, ct))
            {
                return port;
            }

            if (attempt == PortAttempts)
            {
                throw new InvalidOperationException($"PostgreSQL could not bind a free port on 127.0.0.1 after {PortAttempts} attempts.");
            }
        }
    }

    private static int FindFreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        try
        {
            return ((IPEndPoint)listener.LocalEndpoint).Port;
        }
        finally
        {
            listener.Stop();
        }
    }

    private static async Task<FileStream> AcquireLauncherLockAsync(string dataDirectory, CancellationToken ct)
    {
        var lockPath = Path.Combine(dataDirectory, "launcher.lock");
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock) between processes.
                return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(200), ct);
            }
        }
    }
}
