namespace Platform.Tenants.Common;

/// <summary>
/// The commands a grain has applied that carried a client mutation id, per caller, each with the
/// id of what it made or changed: never the reply itself. A retry is answered by reading that
/// object again through the grain's normal, audited read, which checks status and consent as of
/// now, so a retry cannot return what the caller may no longer see. Refusals are not remembered:
/// a retry after a user error is tried afresh. Stored with the grain's state, so the guarantee
/// survives restarts; bounded so state does not grow without end.
/// </summary>
[GenerateSerializer, Alias("platform.applied-commands.v1")]
public sealed class AppliedCommands
{
    /// <summary>How many commands are remembered per grain.</summary>
    public const int Capacity = 256;

    [NonSerialized]
    private List<KeyValuePair<string, string>> _entries = [];

    // The entries by key, built at the first lookup: a grain with many stored commands (a work
    // book has 64 shards of them) answers a retry without comparing every key.
    [NonSerialized]
    private Dictionary<string, string>? _byKey;

    /// <summary>Command keys and the ids they applied to, oldest first. Changed only through <see cref="Remember"/> and <see cref="Clear"/>.</summary>
    [Id(0)]
    public List<KeyValuePair<string, string>> Entries
    {
        get => _entries;
        set => (_entries, _byKey) = (value, null);
    }

    /// <summary>The key of a caller's command, or null when the client sent no id.</summary>
    /// <param name="caller">The verified caller.</param>
    /// <param name="clientMutationId">The client's id for the command.</param>
    /// <param name="kind">Keeps apart commands of one grain whose ids could collide (for example "consultation").</param>
    public static string? KeyOf(Caller caller, string? clientMutationId, string kind = "") =>
        string.IsNullOrEmpty(clientMutationId) ? null : $"{kind}|{caller.TenantCode}|{caller.Subject}|{clientMutationId}";

    /// <summary>The id the command with <paramref name="key"/> applied to, if it was applied.</summary>
    public bool TryGet(string? key, out string id)
    {
        if (key is not null)
        {
            _byKey ??= _entries.GroupBy(e => e.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Last().Value, StringComparer.Ordinal);
            if (_byKey.TryGetValue(key, out var found))
            {
                id = found;
                return true;
            }
        }

        id = "";
        return false;
    }

    /// <summary>Remembers that the command with <paramref name="key"/> applied to <paramref name="id"/>.</summary>
    public void Remember(string? key, string id)
    {
        if (key is null)
        {
            return;
        }

        if (_byKey is null || _byKey.ContainsKey(key))
        {
            _entries.RemoveAll(e => e.Key == key);
        }

        _entries.Add(new(key, id));
        if (_byKey is not null)
        {
            _byKey[key] = id;
        }
        if (_entries.Count > Capacity)
        {
            foreach (var (oldest, _) in _entries.Take(_entries.Count - Capacity))
            {
                _byKey?.Remove(oldest);
            }

            _entries.RemoveRange(0, _entries.Count - Capacity);
        }
    }

    /// <summary>Forgets every command (a transfer or a purge: no retry may reach what went).</summary>
    public void Clear() => (_entries, _byKey) = ([], null);
}
