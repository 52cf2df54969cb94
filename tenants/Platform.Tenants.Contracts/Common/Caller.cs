namespace Platform.Tenants.Common;

/// <summary>
/// The verified identity behind a call, built by the API layer from a validated token;
/// never from anything the client typed into a request.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.caller.v1")]
public sealed record Caller(
    [property: Id(0)] string Subject,
    [property: Id(1)] string TenantCode,
    [property: Id(2)] ImmutableArray<string> Roles)
{
    /// <summary>True when the caller holds <paramref name="role"/>.</summary>
    public bool IsInRole(string role) => Roles.Contains(role, StringComparer.Ordinal);
}
