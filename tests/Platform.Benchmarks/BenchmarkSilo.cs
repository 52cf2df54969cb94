using System.Security.Cryptography;

namespace Platform.Benchmarks;

/// <summary>
/// The silo as the benchmark runs it (<see cref="SiloProcess"/>): durable (it starts its own
/// PostgreSQL in the data folder), without the per-caller rate limit, Production by default or
/// Development where development tokens are needed (Production refuses them). Production gets the
/// settings it refuses to start without: one master key and one caller-context key per benchmark
/// run (so the Development silo on the same data folder reads what the Production silo wrote), and
/// no Entra ID (public data only; the case figures use the Development silo's development tokens).
/// </summary>
internal static class BenchmarkSilo
{
    /// <summary>How long a silo may take from its start to its first ready answer.</summary>
    public static readonly TimeSpan ReadyTimeout = TimeSpan.FromMinutes(3);

    /// <summary>How long a stopping silo may take before it is killed.</summary>
    public static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(30);

    private static readonly string MasterKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string CallerContextKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>
    /// Starts the silo and waits for the first 200 of <c>/health/ready</c>. Returns the process and
    /// the time from its start to that 200.
    /// </summary>
    /// <param name="settings">Settings as <c>Section:Key=value</c>, on top of the benchmark's.</param>
    public static async Task<(SiloProcess Silo, TimeSpan ToReady)> StartAsync(
        string siloDll, string dataFolder, CancellationToken ct, string environment = "Production", IEnumerable<string>? settings = null)
    {
        // The keys go in the environment, not the arguments: not visible in the process list.
        var secrets = new Dictionary<string, string>
        {
            ["Security__MasterKey"] = MasterKey,
            ["Identity__CallerContextKey"] = CallerContextKey,
        };
        if (environment == "Production")
        {
            secrets["Identity__PublicOnly"] = "true";
        }

        var silo = await SiloProcess.StartReadyAsync(new SiloLaunch(siloDll, dataFolder)
        {
            Environment = environment,
            // Every benchmark client calls from 127.0.0.1, one caller to the rate limiter: at the
            // default 600 a minute it would measure the limiter's refusals, not the endpoint.
            Settings = ["GraphQL:RateLimit:Enabled=false", .. settings ?? []],
            Secrets = secrets,
        }, ReadyTimeout, ct);
        return (silo, silo.StartToReady!.Value);
    }
}
