namespace Platform.Tests.Kubernetes;

/// <summary>The manifests give a stopping silo time to leave the load balancer, and fit the connection budget.</summary>
public sealed class DrainManifestTests
{
    public static TheoryData<string> Overlays => ["dev", "prod"];

    [Theory]
    [MemberData(nameof(Overlays))]
    public void DrainDelay_OutlastsTheReadinessProbeNoticingTheSiloStops(string overlay)
    {
        var container = Kustomization.Containers(Silo(overlay)).Single();
        var probe = container["readinessProbe"]!;
        var noticedAfter = Int(probe["periodSeconds"]!) * Int(probe["failureThreshold"]!);

        Assert.True(int.Parse(Env(container, "Operations__DrainDelaySeconds")) > noticedAfter,
            $"Operations__DrainDelaySeconds must exceed {noticedAfter} s (period x failureThreshold)");
    }

    [Fact]
    public void DevPostgres_AllowsEveryPoolOfTheLargestCluster()
    {
        var resources = Kustomization.Render(Path.Combine(Root, "k8s", "overlays", "dev"));
        var postgres = Kustomization.Containers(resources.Single(r => Kustomization.Kind(r) == "StatefulSet" && Kustomization.Name(r) == "postgres")).Single();
        var maxConnections = int.Parse(postgres["args"]!.AsArray().Select(a => a!.GetValue<string>()).Single(a => a.StartsWith("max_connections=", StringComparison.Ordinal))["max_connections=".Length..]);
        var maxSilos = Int(resources.Single(r => Kustomization.Kind(r) == "HorizontalPodAutoscaler")["spec"]!["maxReplicas"]!);

        // Defaults of Storage:MaxPoolSize and Audit:MaxPoolSize, plus the readiness probe's connection and one spare.
        Assert.True((30 + 10 + 2) * maxSilos < maxConnections - 3, $"{maxSilos} silos do not fit max_connections={maxConnections}");
    }

    private static JsonObject Silo(string overlay) =>
        Kustomization.Render(Path.Combine(Root, "k8s", "overlays", overlay)).Single(r => Kustomization.Kind(r) == "Deployment" && Kustomization.Name(r) == "platform-silo");

    private static string Env(JsonObject container, string name) =>
        container["env"]!.AsArray().Single(e => e!["name"]!.GetValue<string>() == name)!["value"]!.GetValue<string>();

    private static int Int(JsonNode node) => int.Parse(node.ToString(), System.Globalization.CultureInfo.InvariantCulture);

    private static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Platform.sln")))
                    return folder.FullName;
            }

            throw new DirectoryNotFoundException("Platform.sln not found above the test folder.");
        }
    }
}
