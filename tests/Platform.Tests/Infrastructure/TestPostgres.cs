using System.Security.Cryptography;

namespace Platform.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL server for tests, started with <see cref="LocalPostgres"/> in a fresh
/// temporary folder on a free port. Tests get their own empty database from
/// <see cref="CreateDatabaseAsync"/>, so they never see each other's rows.
/// </summary>
/// <remarks>
/// Prefer <see cref="Shared"/>: one server for the whole test run (the CI box has two
/// cores). As an xunit collection fixture (<c>ICollectionFixture&lt;TestPostgres&gt;</c>)
/// an instance starts its own server and removes it, folder and all, on dispose.
/// </remarks>
public sealed class TestPostgres : IAsyncLifetime
{
    /// <summary>The runtime login of test platforms (not <see cref="RuntimeLogin.LocalRoleName"/>, which a test of the local set-up provisions).</summary>
    public const string RuntimeRoleName = "platform_test_runtime";

    private static readonly Lazy<Task<TestPostgres>> SharedServer = new(StartSharedAsync);
    private static readonly ConcurrentDictionary<string, Lazy<Task<string>>> RuntimeLogins = new(StringComparer.Ordinal);

    private readonly LocalPostgresDurability durability;
    private LocalPostgres? server;
    private string? folder;

    /// <summary>A server that trades durability for speed (fsync, full-page writes and synchronous commit off).</summary>
    public TestPostgres()
        : this(LocalPostgresDurability.Throwaway)
    {
    }

    private TestPostgres(LocalPostgresDurability durability) => this.durability = durability;

    /// <summary>
    /// Starts a server of its own with production durability (PostgreSQL's defaults: fsync,
    /// full-page writes and synchronous commit on); the caller disposes it.
    /// </summary>
    public static async Task<TestPostgres> StartDurableAsync()
    {
        var durable = new TestPostgres(LocalPostgresDurability.Durable);
        await durable.InitializeAsync();
        return durable;
    }

    /// <summary>
    /// The server shared by every test in this process, started on first use and removed
    /// (server stopped, folder deleted) right after the test process exits.
    /// </summary>
    public static Task<TestPostgres> Shared => SharedServer.Value;

    /// <summary>Connection string of the server's <c>platform</c> database (superuser).</summary>
    public string ConnectionString => Server.ConnectionString;

    /// <summary>The running server.</summary>
    public LocalPostgres Server => server ?? throw new InvalidOperationException("TestPostgres has not been initialized.");

    /// <summary>
    /// Creates a temporary folder that the <c>postgres</c> system user can use when the tests
    /// run as root: <c>platform-test-&lt;guid&gt;</c> under the temp folder, mode 0755.
    /// </summary>
    public static string CreateTemporaryFolder() => DataFolder.CreatePath("platform-test");

    /// <summary>Starts the server.</summary>
    public async Task InitializeAsync()
    {
        folder = CreateTemporaryFolder();
        TestPostgresWatchdog.Watch(folder);
        server = await LocalPostgres.StartAsync(folder, durability, NullLogger.Instance, CancellationToken.None);
    }

    /// <summary>Stops the server and deletes its folder.</summary>
    public async Task DisposeAsync()
    {
        if (server is not null)
        {
            await server.StopAsync();
        }

        if (folder is not null && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Creates a new empty database and returns its connection string.</summary>
    /// <param name="prefix">Readable start of the name (letters, digits, '_'); a unique suffix is added.</param>
    public async Task<string> CreateDatabaseAsync(string prefix)
    {
        var safePrefix = new string(prefix.ToLowerInvariant().Where(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_').Take(30).ToArray());
        var name = $"{(safePrefix.Length > 0 ? safePrefix : "test")}_{Guid.NewGuid():N}";

        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
            await create.ExecuteNonQueryAsync();
        }

        // Every database is a pool of its own in every process that uses it; idle connections
        // are closed after a few seconds so hundreds of test databases fit max_connections.
        return new NpgsqlConnectionStringBuilder(ConnectionString)
        {
            Database = name,
            ConnectionIdleLifetime = 5,
            ConnectionPruningInterval = 1,
        }.ConnectionString;
    }

    /// <summary>
    /// The connection string of <paramref name="ownerConnectionString"/>'s database as a login
    /// that is a member of <see cref="RuntimeLogin.GroupRole"/> and owns nothing, as production
    /// runs; created once per server (roles are server-wide), with a password of this test run.
    /// </summary>
    /// <param name="ownerConnectionString">The database, as the superuser (from <see cref="CreateDatabaseAsync"/>).</param>
    public static async Task<string> RuntimeConnectionStringAsync(string ownerConnectionString)
    {
        var owner = new NpgsqlConnectionStringBuilder(ownerConnectionString);
        var password = await RuntimeLogins.GetOrAdd($"{owner.Host}:{owner.Port}", _ => new Lazy<Task<string>>(async () =>
        {
            // The schema creates the group roles; the silo applies it again, unchanged, at start.
            await StorageSchema.ApplyAsync(ownerConnectionString, CancellationToken.None);
            var secret = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
            await DatabaseLogin.EnsureWithPasswordAsync(ownerConnectionString, RuntimeRoleName, RuntimeLogin.GroupRole, secret, CancellationToken.None);
            return secret;
        })).Value;
        return new NpgsqlConnectionStringBuilder(ownerConnectionString) { Username = RuntimeRoleName, Password = password }.ConnectionString;
    }

    private static async Task<TestPostgres> StartSharedAsync()
    {
        // Never disposed: xunit has no end-of-run hook for a static, and process-exit
        // handlers are cut short. The watchdog removes it after the process ends.
        var shared = new TestPostgres();
        await shared.InitializeAsync();
        return shared;
    }
}
