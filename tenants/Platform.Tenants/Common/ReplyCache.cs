namespace Platform.Tenants.Common;

/// <summary>
/// The last replies to mutations that carried a client mutation id, per caller, so a retry
/// returns the first result and applies nothing twice. Stored with the grain's state, so the
/// guarantee survives restarts; bounded so state does not grow without end.
/// </summary>
[GenerateSerializer, Alias("platform.reply-cache.v1")]
public sealed class ReplyCache<T>
{
    /// <summary>How many replies are remembered per grain.</summary>
    public const int Capacity = 256;

    /// <summary>Replies in the order they were made, oldest first.</summary>
    [Id(0)]
    public List<KeyValuePair<string, T>> Entries { get; set; } = [];

    /// <summary>The key of a caller's mutation, or null when the client sent no id.</summary>
    public static string? KeyOf(Caller caller, string? clientMutationId) =>
        string.IsNullOrEmpty(clientMutationId) ? null : $"{caller.TenantCode}|{caller.Subject}|{clientMutationId}";

    /// <summary>Finds the reply remembered for <paramref name="key"/>.</summary>
    public bool TryGet(string? key, out T reply)
    {
        if (key is not null)
        {
            foreach (var entry in Entries)
            {
                if (entry.Key == key)
                {
                    reply = entry.Value;
                    return true;
                }
            }
        }

        reply = default!;
        return false;
    }

    /// <summary>Remembers a reply, forgetting the oldest beyond <see cref="Capacity"/>.</summary>
    public void Remember(string? key, T reply)
    {
        if (key is null)
        {
            return;
        }

        Entries.Add(new(key, reply));
        if (Entries.Count > Capacity)
        {
            Entries.RemoveRange(0, Entries.Count - Capacity);
        }
    }
}
