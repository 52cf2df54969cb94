using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text;
using Microsoft.Extensions.Hosting;

namespace Platform.GraphQL.Http;

/// <summary>
/// The registered documents of <see cref="PersistedDocumentOptions"/>, keyed by the SHA-256 of
/// their text, parsed once at start. A document that does not parse, or a JSON entry whose key is
/// not its text's hash, stops the start: a wrong allow-list must not be found by callers.
/// </summary>
public sealed class PersistedDocumentStore
{
    private readonly FrozenDictionary<string, ParsedDocument> _documents;

    /// <summary>Loads the documents named by the options.</summary>
    public PersistedDocumentStore(IOptions<PersistedDocumentOptions> options, IHostEnvironment environment)
        : this(Load(options.Value.Path, environment.ContentRootPath).Concat(LoadManifest(options.Value.AppManifest, environment.ContentRootPath)))
    {
        if (options.Value.Only && Count == 0)
            throw new InvalidOperationException("GraphQL:PersistedDocuments:Only is on but no document is registered (Path and AppManifest hold none).");
    }

    private PersistedDocumentStore(IEnumerable<KeyValuePair<string, string>> documents)
    {
        var parsed = new Dictionary<string, ParsedDocument>(StringComparer.Ordinal);
        foreach (var (hash, text) in documents)
        {
            if (!string.Equals(hash, Hash(text), StringComparison.OrdinalIgnoreCase))
                throw new InvalidOperationException($"Persisted document {hash}: the key is not the SHA-256 of its text ({Hash(text)}).");
            try
            {
                parsed[hash.ToLowerInvariant()] = new ParsedDocument(GraphQLDocumentCache.ParseSyntax(text)) { Hash = hash.ToLowerInvariant() };
            }
            catch (GraphQLParserException ex)
            {
                throw new InvalidOperationException($"Persisted document {hash} is not valid GraphQL: {ex.Description}", ex);
            }
        }
        _documents = parsed.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>How many documents are registered.</summary>
    public int Count => _documents.Count;

    /// <summary>The lowercase hex SHA-256 of <paramref name="text"/> in UTF-8: a document's key.</summary>
    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// Finds a document by <c>documentId</c> (<c>sha256:&lt;hex&gt;</c> or the bare hex) or by
    /// <c>extensions.persistedQuery.sha256Hash</c>.
    /// </summary>
    public bool TryGet(string id, out ParsedDocument document)
    {
        ArgumentNullException.ThrowIfNull(id);
        var hash = id.StartsWith("sha256:", StringComparison.OrdinalIgnoreCase) ? id["sha256:".Length..] : id;
        return _documents.TryGetValue(hash, out document!);
    }

    // The app's manifest is missing until the app is built; that is not an error.
    private static IEnumerable<KeyValuePair<string, string>> LoadManifest(string? path, string contentRoot) =>
        !string.IsNullOrWhiteSpace(path) && File.Exists(System.IO.Path.GetFullPath(path, contentRoot)) ? Load(path, contentRoot) : [];

    private static IEnumerable<KeyValuePair<string, string>> Load(string? path, string contentRoot)
    {
        if (string.IsNullOrWhiteSpace(path))
            return [];
        var full = System.IO.Path.GetFullPath(path, contentRoot);
        if (System.IO.Directory.Exists(full))
        {
            return System.IO.Directory.EnumerateFiles(full, "*.graphql", SearchOption.AllDirectories)
                .Order(StringComparer.Ordinal)
                .Select(File.ReadAllText)
                .Select(text => KeyValuePair.Create(Hash(text), text))
                .ToList();
        }
        if (File.Exists(full))
        {
            using var stream = File.OpenRead(full);
            return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
                ?? throw new InvalidOperationException($"GraphQL:PersistedDocuments:Path: {full} holds no JSON object.");
        }
        throw new InvalidOperationException($"GraphQL:PersistedDocuments:Path: {full} is neither a folder nor a file.");
    }
}
