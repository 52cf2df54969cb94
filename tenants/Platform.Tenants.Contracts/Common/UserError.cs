namespace Platform.Tenants.Common;

/// <summary>A problem with the input that the user can fix; returned in mutation payloads.</summary>
[GenerateSerializer, Immutable, Alias("platform.user-error.v1")]
public sealed record UserError(
    [property: Id(0)] string Code,
    [property: Id(1)] string Message,
    [property: Id(2)] ImmutableArray<string> Field);
