namespace Platform.Tenants.Notifications;

/// <summary>
/// The stored state of a tenant's notification feed. Notices hold kinds, ids and subjects only,
/// no personal data of the people supported, so the state is not tenant-encrypted.
/// </summary>
[GenerateSerializer, Alias("platform.notification-book-state.v1")]
public sealed class NotificationBookState
{
    /// <summary>The notices, oldest first, at most <see cref="NotificationBookGrain.Capacity"/>.</summary>
    [Id(0)]
    public List<Notice> Notices { get; set; } = [];

    /// <summary>Who has read which notice: notice id to the subjects that read it.</summary>
    [Id(1)]
    public Dictionary<string, HashSet<string>> ReadBy { get; set; } = [];
}
