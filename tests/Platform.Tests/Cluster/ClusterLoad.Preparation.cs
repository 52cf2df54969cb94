namespace Platform.Tests.Cluster;

public sealed partial class ClusterLoad
{
    /// <summary>The municipality whose caseworker the load is: Chiyoda, Tokyo.</summary>
    public const string Municipality = "131016";

    /// <summary>
    /// Mints <paramref name="subject"/>'s caseworker token on <paramref name="data"/>, opens six cases
    /// spread over <paramref name="silos"/> and adds the silos to <paramref name="balancer"/>: a load
    /// ready to run.
    /// </summary>
    public static async Task<ClusterLoad> PrepareAsync(ReadyBalancer balancer, List<SiloProcess> silos, string data, string subject)
    {
        var token = DevelopmentTokens.Mint(data, Municipality, [Roles.Caseworker], subject, TimeSpan.FromHours(1));
        using var setup = new HttpClient();
        var cases = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            cases.Add(await OpenCaseAsync(setup, silos[i % silos.Count].Address, token));
        }

        silos.ForEach(balancer.Add);
        return new ClusterLoad(balancer, token, cases);
    }

    /// <summary>Opens a case directly on <paramref name="silo"/> (before the load starts).</summary>
    public static async Task<string> OpenCaseAsync(HttpClient http, Uri silo, string token)
    {
        var (_, body) = await PostAsync(http, silo, OpenCase, new { input = new { openedOn = "2025-04-01", referralSource = "FAMILY" } }, token);
        return body?["data"]?["openCase"]?["case"]?["id"]?.GetValue<string>()
            ?? throw new Xunit.Sdk.XunitException($"Opening a case failed: {body?.ToJsonString()}");
    }
}
