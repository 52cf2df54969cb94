namespace Platform.Tenants.Activities;

/// <summary>
/// A tenant's consultation desk (相談窓口). Setting it makes the desk clear (明確化) from
/// <see cref="Since"/>; with <see cref="Publicized"/> it is listed in the public directory (周知).
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.consultation-desk.v1")]
public sealed record ConsultationDesk(
    [property: Id(0)] string Name,
    [property: Id(1)] string? Phone,
    [property: Id(2)] string? Hours,
    [property: Id(3)] string? Url,
    [property: Id(4)] string? Address,
    [property: Id(5)] bool Publicized,
    [property: Id(6)] DateOnly Since);
