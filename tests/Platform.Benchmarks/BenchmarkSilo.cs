using System.Diagnostics;
using System.Security.Cryptography;

namespace Platform.Benchmarks;

/// <summary>
/// The settings Production refuses to start without, for the benchmark's throwaway cluster: one
/// master key and one caller-context key per benchmark run (so the Development silo on the same
/// data folder reads what the Production silo wrote), and no Entra ID (public data only; the
/// case figures use the Development silo's development tokens).
/// </summary>
internal static class BenchmarkSecrets
{
    private static readonly string MasterKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
    private static readonly string CallerContextKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));

    /// <summary>Adds the keys (environment, not arguments: not visible in the process list) to <paramref name="start"/>.</summary>
    public static void Apply(ProcessStartInfo start, string environment)
    {
        start.Environment["Security__MasterKey"] = MasterKey;
        start.Environment["Identity__CallerContextKey"] = CallerContextKey;
        if (environment == "Production")
            start.Environment["Identity__PublicOnly"] = "true";
    }
}
