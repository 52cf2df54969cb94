namespace Platform.Tenants.Common;

/// <summary>
/// Whole replies to mutations, as earlier versions stored them with a grain's state. Nothing
/// writes one any more (<see cref="AppliedCommands"/> keeps ids only, and a retry re-reads): the
/// type stays so that state stored by those versions still loads, and each grain drops what it
/// finds on activation.
/// </summary>
[GenerateSerializer, Alias("platform.reply-cache.v1")]
public sealed class ReplyCache<T>
{
    /// <summary>Replies in the order they were made, oldest first.</summary>
    [Id(0)]
    public List<KeyValuePair<string, T>> Entries { get; set; } = [];
}
