namespace Platform.Tenants.Cases;

/// <summary>One entry of the consultation log (相談記録).</summary>
[GenerateSerializer, Immutable, Alias("platform.contact.v1")]
public sealed record Contact(
    [property: Id(0)] string Id,
    [property: Id(1)] DateTimeOffset At,
    [property: Id(2)] ContactChannel Channel,
    [property: Id(3)] ContactParty With,
    [property: Id(4)] int? Minutes,
    [property: Id(5)] string Worker,
    [property: Id(6)] string? Notes);
