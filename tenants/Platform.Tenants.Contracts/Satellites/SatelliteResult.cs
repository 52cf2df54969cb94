namespace Platform.Tenants.Satellites;

/// <summary>The outcome of a satellite command: the satellite as it now stands, or user errors and no change.</summary>
[GenerateSerializer, Immutable, Alias("platform.satellite-result.v1")]
public sealed record SatelliteResult(
    [property: Id(0)] SatelliteRecord? Satellite,
    [property: Id(1)] ImmutableArray<UserError> Errors)
{
    /// <summary>A result that changed nothing, with one user error.</summary>
    public static SatelliteResult Fail(string code, string message, params string[] field) => new(null, [new UserError(code, message, [.. field])]);
}
