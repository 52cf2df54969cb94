using YamlDotNet.Serialization;

namespace Platform.Tests.Kubernetes;

/// <summary>
/// Renders a kustomize overlay without kustomize, for the subset the manifests in <c>k8s/</c>
/// use: <c>bases</c> and <c>resources</c> (files and folders), <c>namespace</c>,
/// <c>patchesStrategicMerge</c> or <c>patches</c> by path (maps merged, lists of named items
/// merged by name), <c>images</c> and <c>secretGenerator</c> literals without name suffixes.
/// The overlays keep to what kubectl 1.20's kustomize (Debian 12's <c>kubernetes-client</c>)
/// reads; <see cref="KubernetesManifestTests"/> checks this renderer against <c>kubectl kustomize</c>.
/// </summary>
public static class Kustomization
{
    /// <summary>Renders the kustomization in <paramref name="folder"/>.</summary>
    public static List<JsonObject> Render(string folder)
    {
        var spec = ParseFile(Path.Combine(folder, "kustomization.yaml")).Single();
        var resources = new List<JsonObject>();
        foreach (var entry in Strings(spec["bases"]).Concat(Strings(spec["resources"])))
        {
            var path = Path.GetFullPath(Path.Combine(folder, entry));
            resources.AddRange(Directory.Exists(path) ? Render(path) : ParseFile(path));
        }

        foreach (var generated in spec["secretGenerator"]?.AsArray() ?? [])
        {
            var data = new JsonObject();
            foreach (var literal in Strings(generated!["literals"]))
            {
                var split = literal.IndexOf('=', StringComparison.Ordinal);
                data[literal[..split]] = Convert.ToBase64String(Encoding.UTF8.GetBytes(literal[(split + 1)..]));
            }

            resources.Add(new JsonObject
            {
                ["apiVersion"] = "v1",
                ["kind"] = "Secret",
                ["metadata"] = new JsonObject { ["name"] = generated["name"]!.GetValue<string>() },
                ["type"] = "Opaque",
                ["data"] = data,
            });
        }

        var patchFiles = Strings(spec["patchesStrategicMerge"]).Concat(spec["patches"]?.AsArray().Select(p => p!["path"]!.GetValue<string>()) ?? []);
        foreach (var patchFile in patchFiles)
        {
            var patchDocument = ParseFile(Path.Combine(folder, patchFile)).Single();
            var target = resources.Single(r => Kind(r) == Kind(patchDocument) && Name(r) == Name(patchDocument));
            Merge(target, patchDocument);
        }

        foreach (var image in spec["images"]?.AsArray() ?? [])
        {
            var name = image!["name"]!.GetValue<string>();
            var replacement = $"{image["newName"]?.GetValue<string>() ?? name}:{image["newTag"]!.GetValue<string>()}";
            foreach (var container in resources.SelectMany(Containers).Where(c => c["image"]!.GetValue<string>().Split(':')[0] == name))
            {
                container["image"] = replacement;
            }
        }

        if (spec["namespace"]?.GetValue<string>() is { } ns)
        {
            foreach (var resource in resources)
            {
                resource["metadata"]!["namespace"] = ns;
                foreach (var subject in resource["subjects"]?.AsArray() ?? [])
                {
                    subject!["namespace"] = ns;
                }
            }
        }

        return resources;
    }

    /// <summary>Parses every YAML document in a file (or text) into JSON objects.</summary>
    public static List<JsonObject> ParseFile(string path) => Parse(File.ReadAllText(path));

    /// <inheritdoc cref="ParseFile"/>
    public static List<JsonObject> Parse(string yaml)
    {
        var deserializer = new DeserializerBuilder().Build();
        var documents = new List<JsonObject>();
        foreach (var text in yaml.Split("\n---", StringSplitOptions.RemoveEmptyEntries))
        {
            if (ToNode(deserializer.Deserialize<object>(text)) is JsonObject document)
            {
                // kubectl folds long base64 values over several lines.
                foreach (var (key, value) in document["data"]?.AsObject().ToList() ?? [])
                {
                    document["data"]![key] = string.Concat(value!.GetValue<string>().Where(c => !char.IsWhiteSpace(c)));
                }

                documents.Add(document);
            }
        }

        return documents;
    }

    /// <summary>The resource's kind.</summary>
    public static string Kind(JsonNode resource) => resource["kind"]!.GetValue<string>();

    /// <summary>The resource's name.</summary>
    public static string Name(JsonNode resource) => resource["metadata"]!["name"]!.GetValue<string>();

    /// <summary>The containers of a workload's pod template (none for other kinds).</summary>
    public static IEnumerable<JsonObject> Containers(JsonObject resource) =>
        resource["spec"]?["template"]?["spec"]?["containers"]?.AsArray().Select(c => c!.AsObject()) ?? [];

    private static IEnumerable<string> Strings(JsonNode? list) =>
        list?.AsArray().Select(n => n!.GetValue<string>()) ?? [];

    // Scalars stay strings: the checks compare text, and kubectl's output parses the same way.
    private static JsonNode? ToNode(object? value) => value switch
    {
        Dictionary<object, object?> map => new JsonObject(map.Select(p => KeyValuePair.Create(p.Key.ToString()!, ToNode(p.Value)))),
        List<object?> list => new JsonArray([.. list.Select(ToNode)]),
        null => null,
        _ => JsonValue.Create(value.ToString()),
    };

    private static void Merge(JsonObject target, JsonObject patch)
    {
        foreach (var (key, value) in patch.ToList())
        {
            var current = target[key];
            if (current is JsonObject currentObject && value is JsonObject patchObject)
            {
                Merge(currentObject, patchObject);
            }
            else if (current is JsonArray currentList && value is JsonArray patchList && patchList.All(i => i is JsonObject { } o && o["name"] is not null))
            {
                foreach (var item in patchList.ToList())
                {
                    var match = currentList.FirstOrDefault(c => c?["name"]?.GetValue<string>() == item!["name"]!.GetValue<string>());
                    if (match is JsonObject matched)
                    {
                        Merge(matched, item!.AsObject());
                    }
                    else
                    {
                        currentList.Add(item!.DeepClone());
                    }
                }
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }
}
