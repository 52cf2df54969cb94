using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Platform.Tests.Http;

namespace Platform.Tests.Hosting;

/// <summary>
/// The database is opened as the host starts, awaited, before the silo: building the app
/// touches no database and starts no process.
/// </summary>
public sealed class DatabaseStartupTests
{
    // Port 1 answers nobody.
    private const string UnreachableDatabase = "Host=127.0.0.1;Port=1;Database=none;Username=none;Timeout=2";

    [Fact]
    public async Task Build_WithoutAConnectionString_StartsNoPostgres_UntilTheHostStarts()
    {
        var data = TestPostgres.CreateTemporaryFolder();

        await using var app = Build(data, []);

        Assert.False(Directory.Exists(Path.Combine(data, "pg")), "Building the app ran initdb.");
        Assert.False(File.Exists(Path.Combine(data, "platform-db-password")));
        var connection = app.Services.GetRequiredService<PlatformConnection>();
        Assert.True(connection.IsDurable);
        Assert.Throws<InvalidOperationException>(() => connection.ConnectionString);
    }

    [Fact]
    public async Task Start_WhenTheDatabaseCannotBeOpened_FailsBeforeTheSiloStarts_AndSaysWhy()
    {
        var logs = new CapturingLoggerProvider();
        var siloPort = LoopbackPort.Free();

        // Building succeeds (it opens nothing); the host's start fails at the database step.
        await Assert.ThrowsAnyAsync<Npgsql.NpgsqlException>(() => PlatformHost.StartAsync(connectionString: null, logging: logs, extraSettings: new Dictionary<string, string?>
        {
            ["Platform:InMemory"] = "false",
            ["ConnectionStrings:Platform"] = UnreachableDatabase,
            ["Platform:SiloPort"] = siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));

        Assert.Contains(logs.Entries, e => e.Message.Contains("The platform database could not be opened", StringComparison.Ordinal));
        Assert.True(LoopbackPort.IsFree(siloPort), "The silo started although its database was not open.");
    }

    [Fact]
    public async Task Start_CancelledWhileTheLocalPostgresStarts_StopsWithoutStartingTheSilo_AndLeavesNoHalfMadeCluster()
    {
        var data = TestPostgres.CreateTemporaryFolder();
        TestPostgresWatchdog.Watch(data);
        var siloPort = LoopbackPort.Free();
        await using var app = Build(data, new() { ["Platform:SiloPort"] = siloPort.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300)); // initdb alone takes longer
        var clock = Stopwatch.StartNew();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => app.StartAsync(cancel.Token));

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(30), $"The cancelled start took {clock.Elapsed}.");
        Assert.True(LoopbackPort.IsFree(siloPort), "The silo started although the start was cancelled.");
        Assert.False(File.Exists(Path.Combine(data, "pg", "postmaster.pid")), "A PostgreSQL server was left running.");
        // Whatever the cancel interrupted, the folder starts normally afterwards.
        await using var server = await LocalPostgres.StartAsync(data, LocalPostgresDurability.Throwaway, NullLogger.Instance, CancellationToken.None);
        Assert.False(string.IsNullOrEmpty(server.ConnectionString));
    }

    private static WebApplication Build(string data, Dictionary<string, string?> settings)
    {
        settings["Platform:DataDirectory"] = data;
        settings["Platform:GatewayPort"] = LoopbackPort.Free().ToString(System.Globalization.CultureInfo.InvariantCulture);
        settings["Storage:AllowUnsafeDurability"] = "true";
        return PlatformApp.Build(["--environment", "Development"], builder =>
        {
            builder.Configuration.AddInMemoryCollection(settings);
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        });
    }
}
