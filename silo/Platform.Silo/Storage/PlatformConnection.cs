namespace Platform.Silo.Storage;

/// <summary>
/// The PostgreSQL the silo keeps its state in. Whether there is one is known from the settings;
/// which one (the configured server, or the local server this process starts) is known once
/// <see cref="PlatformDatabaseStartup"/> has opened it, as the host starts and before the silo
/// does. Everything that talks to the database reads it from here, after that.
/// </summary>
public sealed class PlatformConnection
{
    private readonly object gate = new();
    private readonly List<Action<string?>> whenOpen = [];
    private string? connectionString;
    private LocalPostgres? localServer;
    private bool open;

    /// <summary>A database already open (tools and tests), or none: <paramref name="connectionString"/> null is an in-memory run.</summary>
    /// <param name="connectionString">Npgsql connection string of the runtime login, or null for an in-memory run.</param>
    /// <param name="localServer">The local server it lives on, when this process started it.</param>
    public PlatformConnection(string? connectionString, LocalPostgres? localServer = null)
    {
        IsDurable = connectionString is not null;
        Open(connectionString, localServer);
    }

    private PlatformConnection() => IsDurable = true;

    /// <summary>Whether grain state goes to PostgreSQL (false for <c>--in-memory</c>).</summary>
    public bool IsDurable { get; }

    /// <summary>The runtime login's connection string (pool size applied), or null for an in-memory run.</summary>
    /// <exception cref="InvalidOperationException">Read before the host has started: the database is not open yet.</exception>
    public string? ConnectionString
    {
        get
        {
            lock (gate)
            {
                return open ? connectionString : throw NotOpenYet();
            }
        }
    }

    /// <summary>The PostgreSQL server this process started in its data folder, or null (configured server, or in memory).</summary>
    /// <exception cref="InvalidOperationException">Read before the host has started.</exception>
    public LocalPostgres? LocalServer
    {
        get
        {
            lock (gate)
            {
                return open ? localServer : throw NotOpenYet();
            }
        }
    }

    /// <summary>
    /// Hands the connection string to <paramref name="fill"/> once the database is open, or at once
    /// if it is. For the silo's options (storage, reminders, membership): Orleans creates some of them
    /// while the host collects its services, before the database is open, and reads the connection
    /// string only when the silo starts.
    /// </summary>
    public void WhenOpen(Action<string?> fill)
    {
        ArgumentNullException.ThrowIfNull(fill);
        lock (gate)
        {
            if (!open)
            {
                whenOpen.Add(fill);
                return;
            }
        }

        fill(connectionString);
    }

    /// <summary>A durable run's connection, to be opened when the host starts.</summary>
    public static PlatformConnection OpenedAtStart() => new();

    /// <summary>Records the opened database; once only.</summary>
    internal void Open(string? runtimeConnectionString, LocalPostgres? local)
    {
        lock (gate)
        {
            if (open)
            {
                throw new InvalidOperationException("The platform database is already open.");
            }

            (connectionString, localServer, open) = (runtimeConnectionString, local, true);
        }

        foreach (var fill in whenOpen)
        {
            fill(runtimeConnectionString);
        }

        whenOpen.Clear();
    }

    private static InvalidOperationException NotOpenYet() => new(
        "The platform database is opened when the host starts, before the silo: nothing may use it while services are being registered or built.");
}
