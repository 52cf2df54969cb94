using Orleans.Hosting.Kubernetes;
using Platform.Silo.Orleans;
using Platform.Silo.Telemetry;
using Xunit.Abstractions;

namespace Platform.Tests.Kubernetes;

/// <summary>Renders the <c>dev</c> and <c>prod</c> overlays and checks what a cluster would run.</summary>
[Collection(PlatformCollection.Name)]
public sealed class KubernetesManifestTests(PlatformFixture fixture, ITestOutputHelper output)
{
    public static TheoryData<string> Overlays => ["dev", "prod"];

    // What the silo must be told in a pod (the ports and secrets are checked separately).
    private static readonly string[] RequiredEnvironment =
    [
        KubernetesHostingOptions.PodNameEnvironmentVariable, KubernetesHostingOptions.PodNamespaceEnvironmentVariable,
        KubernetesHostingOptions.PodIPEnvironmentVariable, KubernetesHostingOptions.ServiceIdEnvironmentVariable,
        KubernetesHostingOptions.ClusterIdEnvironmentVariable, "ASPNETCORE_URLS", "ASPNETCORE_ENVIRONMENT",
        Env($"{PlatformClusterOptions.Section}:{nameof(PlatformClusterOptions.Membership)}"),
        Env($"{PlatformOptions.Section}:{nameof(PlatformOptions.SiloPort)}"), Env($"{PlatformOptions.Section}:{nameof(PlatformOptions.GatewayPort)}"),
        Env($"{PlatformOptions.Section}:{nameof(PlatformOptions.DataDirectory)}"), Env(SecretFilesConfiguration.Setting),
        Env(OperationsHostingExtensions.ShutdownTimeoutSetting), Env(TelemetryHostingExtensions.JsonLogsSetting),
        Env(OperationsHostingExtensions.DrainDelaySetting),
    ];

    // Settings the silo reads from files in the secrets folder.
    private static readonly string[] SecretKeys = ["ConnectionStrings__Platform", "ConnectionStrings__PlatformMigrations", "Identity__CallerContextKey", "Security__MasterKey"];

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Overlay_HasEveryResourceAClusterNeeds(string overlay)
    {
        var kinds = Render(overlay).Select(Kustomization.Kind).ToHashSet();

        Assert.Superset(
            new HashSet<string> { "Deployment", "ServiceAccount", "Role", "RoleBinding", "Service", "PodDisruptionBudget", "HorizontalPodAutoscaler", "NetworkPolicy" },
            kinds);
        Assert.Equal(overlay == "dev", kinds.Contains("StatefulSet"));
        Assert.All(Render(overlay), r => Assert.Equal(overlay == "dev" ? "platform-dev" : "platform", r["metadata"]!["namespace"]!.GetValue<string>()));
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Overlay_SelectorsMatchThePodLabels(string overlay)
    {
        var resources = Render(overlay);
        var silo = Silo(resources);
        var podLabels = silo["spec"]!["template"]!["metadata"]!["labels"]!.AsObject();

        Assert.True(Matches(silo["spec"]!["selector"]!["matchLabels"]!, podLabels));
        Assert.Equal("platform", podLabels["orleans/serviceId"]!.GetValue<string>());
        Assert.Equal("platform", podLabels["orleans/clusterId"]!.GetValue<string>());
        foreach (var service in resources.Where(r => Kustomization.Kind(r) == "Service" && Kustomization.Name(r).StartsWith("platform", StringComparison.Ordinal)))
        {
            Assert.True(Matches(service["spec"]!["selector"]!, podLabels), $"Service {Kustomization.Name(service)} selects no silo.");
        }

        Assert.True(Matches(Single(resources, "PodDisruptionBudget")["spec"]!["selector"]!["matchLabels"]!, podLabels));
        Assert.True(Matches(Single(resources, "NetworkPolicy", "platform-silo")["spec"]!["podSelector"]!["matchLabels"]!, podLabels));
        Assert.Equal(Kustomization.Name(silo), Single(resources, "HorizontalPodAutoscaler")["spec"]!["scaleTargetRef"]!["name"]!.GetValue<string>());
        if (overlay == "dev")
        {
            var postgres = Single(resources, "StatefulSet");
            Assert.True(Matches(Single(resources, "Service", "postgres")["spec"]!["selector"]!, postgres["spec"]!["template"]!["metadata"]!["labels"]!.AsObject()));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Overlay_SetsEverySettingTheSiloReads_AndNoneItDoesNot(string overlay)
    {
        var container = Kustomization.Containers(Silo(Render(overlay))).Single();
        var env = container["env"]!.AsArray().ToDictionary(e => e!["name"]!.GetValue<string>(), e => e!.AsObject());

        Assert.Equal("", string.Join(", ", RequiredEnvironment.Where(name => !env.ContainsKey(name))));
        Assert.Equal("", string.Join(", ", env.Keys.Where(name => !IsKnownSetting(name))));
        Assert.Equal("Kubernetes", Value(env, "Cluster__Membership"));
        Assert.Equal("metadata.labels['orleans/serviceId']", env[KubernetesHostingOptions.ServiceIdEnvironmentVariable]["valueFrom"]!["fieldRef"]!["fieldPath"]!.GetValue<string>());
        Assert.Equal("status.podIP", env[KubernetesHostingOptions.PodIPEnvironmentVariable]["valueFrom"]!["fieldRef"]!["fieldPath"]!.GetValue<string>());

        var ports = container["ports"]!.AsArray().ToDictionary(p => p!["name"]!.GetValue<string>(), p => p!["containerPort"]!.GetValue<string>());
        Assert.Equal(ports["silo"], Value(env, "Platform__SiloPort"));
        Assert.Equal(ports["gateway"], Value(env, "Platform__GatewayPort"));
        Assert.EndsWith($":{ports["http"]}", Value(env, "ASPNETCORE_URLS"), StringComparison.Ordinal);
        if (overlay == "prod")
        {
            // Production accepts no development tokens: the identity provider must be named.
            Assert.Equal("Production", Value(env, "ASPNETCORE_ENVIRONMENT"));
            Assert.Contains("Identity__Entra__ClientId", env.Keys);
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Overlay_MountsSecretsAsFiles_NeverAsEnvironmentVariables(string overlay)
    {
        var resources = Render(overlay);
        var silo = Silo(resources);
        var container = Kustomization.Containers(silo).Single();
        var folder = Value(container["env"]!.AsArray().ToDictionary(e => e!["name"]!.GetValue<string>(), e => e!.AsObject()), "Platform__SecretsDirectory");
        var mount = container["volumeMounts"]!.AsArray().Single(m => m!["mountPath"]!.GetValue<string>() == folder)!;
        var volume = silo["spec"]!["template"]!["spec"]!["volumes"]!.AsArray().Single(v => v!["name"]!.GetValue<string>() == mount["name"]!.GetValue<string>())!;

        Assert.Equal("true", mount["readOnly"]!.GetValue<string>());
        Assert.Equal("platform-secrets", volume["secret"]!["secretName"]!.GetValue<string>());
        Assert.DoesNotContain("secretKeyRef", container.ToJsonString(), StringComparison.Ordinal);
        if (overlay == "dev")
        {
            var data = Single(resources, "Secret", "platform-secrets")["data"]!.AsObject();
            Assert.All(SecretKeys, key => Assert.True(data.ContainsKey(key), $"platform-secrets lacks {key}."));

            // Every pod reads the same master key from the secret instead of making up its own.
            var masterKey = System.Text.Encoding.UTF8.GetString(Convert.FromBase64String(data["Security__MasterKey"]!.GetValue<string>()));
            var settings = new ConfigurationBuilder()
                .AddInMemoryCollection([KeyValuePair.Create<string, string?>(KeyEncryptionKey.KeySetting, masterKey)]).Build();
            Assert.NotNull(KeyEncryptionKey.LoadConfigured(settings));
        }
    }

    [Fact]
    public void ProductionSecret_AsDocumented_HoldsEverySecretTheSiloReads()
    {
        foreach (var document in new[] { "k8s/README.md", "docs/operations.md", "docs/configuration.md" })
        {
            var text = File.ReadAllText(Path.Combine(Root, document));
            Assert.All(SecretKeys, key => Assert.True(text.Contains(key, StringComparison.Ordinal), $"{document} does not name the secret key {key}."));
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Overlay_ProbesHitEndpointsTheSiloServes(string overlay)
    {
        var container = Kustomization.Containers(Silo(Render(overlay))).Single();
        foreach (var probe in new[] { "readinessProbe", "livenessProbe", "startupProbe" })
        {
            var get = container[probe]!["httpGet"]!;
            Assert.Equal("http", get["port"]!.GetValue<string>());
            var path = get["path"]!.GetValue<string>();
            Assert.Contains(path, new[] { HealthEndpoints.LivePath, HealthEndpoints.ReadyPath });
            using var response = await fixture.Host.Http.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.Equal(HealthEndpoints.ReadyPath, container["readinessProbe"]!["httpGet"]!["path"]!.GetValue<string>());
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Overlay_GivesShutdownTimeToDrain_AndBoundsResources(string overlay)
    {
        var resources = Render(overlay);
        var silo = Silo(resources);
        var container = Kustomization.Containers(silo).Single();
        var env = container["env"]!.AsArray().ToDictionary(e => e!["name"]!.GetValue<string>(), e => e!.AsObject());
        var grace = int.Parse(silo["spec"]!["template"]!["spec"]!["terminationGracePeriodSeconds"]!.GetValue<string>());
        var preStop = int.Parse(container["lifecycle"]!["preStop"]!["exec"]!["command"]!.AsArray().Last()!.GetValue<string>());

        Assert.True(grace >= preStop + int.Parse(Value(env, "Operations__DrainDelaySeconds")) + int.Parse(Value(env, "Operations__ShutdownTimeoutSeconds")) + 5,
            $"terminationGracePeriodSeconds {grace} leaves no time to drain.");
        foreach (var workload in resources.Where(r => Kustomization.Kind(r) is "Deployment" or "StatefulSet"))
        {
            Assert.All(Kustomization.Containers(workload), c =>
            {
                Assert.NotNull(c["resources"]?["requests"]?["cpu"]);
                Assert.NotNull(c["resources"]?["limits"]?["memory"]);
            });
        }
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public void Overlay_LetsTheSiloWatchAndDeleteItsPods(string overlay)
    {
        var resources = Render(overlay);
        var account = Silo(resources)["spec"]!["template"]!["spec"]!["serviceAccountName"]!.GetValue<string>();
        var binding = Single(resources, "RoleBinding");
        var role = Single(resources, "Role", binding["roleRef"]!["name"]!.GetValue<string>());
        var verbs = role["rules"]!.AsArray().Where(r => r!["resources"]!.AsArray().Any(x => x!.GetValue<string>() == "pods"))
            .SelectMany(r => r!["verbs"]!.AsArray().Select(v => v!.GetValue<string>())).ToHashSet();

        Assert.Single(resources, r => Kustomization.Kind(r) == "ServiceAccount" && Kustomization.Name(r) == account);
        Assert.Contains(binding["subjects"]!.AsArray(), s => s!["name"]!.GetValue<string>() == account);
        Assert.Superset(verbs, new HashSet<string> { "get", "list", "watch", "delete" });
    }

    [Theory]
    [MemberData(nameof(Overlays))]
    public async Task Renderer_AgreesWithKubectl(string overlay)
    {
        var rendered = await KubectlKustomizeAsync(Path.Combine(Root, "k8s", "overlays", overlay));
        var theirs = Kustomization.Parse(rendered).Select(Canonical).Order().ToList();
        var ours = Render(overlay).Select(Canonical).Order().ToList();
        foreach (var (kubectl, renderer) in theirs.Zip(ours).Where(pair => pair.First != pair.Second))
        {
            output.WriteLine($"kubectl:  {kubectl}\nrenderer: {renderer}");
        }

        Assert.Equal(theirs, ours);
    }

    // kubectl is a prerequisite of this test (.ci/run installs it): without it the comparison
    // fails with the command that installs it instead of passing unchecked.
    private static async Task<string> KubectlKustomizeAsync(string folder)
    {
        Process kubectl;
        try
        {
            kubectl = Process.Start(new ProcessStartInfo("kubectl", ["kustomize", folder])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            throw new Xunit.Sdk.XunitException(
                "kubectl is not installed, so the overlays cannot be compared with kubectl kustomize. Install it: sudo apt-get install -y kubernetes-client");
        }

        using (kubectl)
        {
            var stdout = kubectl.StandardOutput.ReadToEndAsync();
            var stderr = kubectl.StandardError.ReadToEndAsync();
            await kubectl.WaitForExitAsync();
            Assert.True(kubectl.ExitCode == 0, $"kubectl kustomize {folder} failed (kubectl 1.20 or later is needed): {await stderr}");
            return await stdout;
        }
    }

    private static string Root
    {
        get
        {
            for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            {
                if (File.Exists(Path.Combine(folder.FullName, "Platform.sln")))
                {
                    return folder.FullName;
                }
            }

            throw new DirectoryNotFoundException("Platform.sln not found above the test folder.");
        }
    }

    private static List<JsonObject> Render(string overlay) => Kustomization.Render(Path.Combine(Root, "k8s", "overlays", overlay));

    private static JsonObject Silo(List<JsonObject> resources) => Single(resources, "Deployment", "platform-silo");

    private static JsonObject Single(List<JsonObject> resources, string kind, string? name = null) =>
        resources.Single(r => Kustomization.Kind(r) == kind && (name is null || Kustomization.Name(r) == name));

    private static bool Matches(JsonNode selector, JsonObject labels) =>
        selector.AsObject().All(p => labels[p.Key]?.GetValue<string>() == p.Value!.GetValue<string>());

    private static string Value(Dictionary<string, JsonObject> env, string name) => env[name]["value"]!.GetValue<string>();

    private static string Env(string setting) => setting.Replace(":", "__", StringComparison.Ordinal);

    private static bool IsKnownSetting(string name) =>
        RequiredEnvironment.Contains(name)
        || name is "Storage__MaxPoolSize" or "Audit__MaxPoolSize" or "Storage__MaxSilos"
        || name.StartsWith("Identity__Entra__", StringComparison.Ordinal)
        || name.StartsWith("OTEL_", StringComparison.Ordinal)
        || name == Env(OperationsHostingExtensions.DashboardSetting);

    // Key order and the order of named list items carry no meaning.
    private static string Canonical(JsonNode? node) => node switch
    {
        JsonObject o => "{" + string.Join(",", o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"\"{p.Key}\":{Canonical(p.Value)}")) + "}",
        JsonArray a => "[" + string.Join(",", (a.All(i => i is JsonObject { } o && o["name"] is not null) ? a.OrderBy(i => i!["name"]!.GetValue<string>(), StringComparer.Ordinal) : a.AsEnumerable()).Select(Canonical)) + "]",
        null => "null",
        _ => node.ToJsonString(),
    };
}
