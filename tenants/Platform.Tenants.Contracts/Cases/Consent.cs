namespace Platform.Tenants.Cases;

/// <summary>
/// A recorded consent: its purpose, who gave it, when; a withdrawal takes effect at once.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.consent.v1")]
public sealed record Consent(
    [property: Id(0)] string Id,
    [property: Id(1)] ConsentPurpose Purpose,
    [property: Id(2)] string? AgencyName,
    [property: Id(3)] ConsentGiver GivenBy,
    [property: Id(4)] DateOnly GivenOn,
    [property: Id(5)] DateOnly? WithdrawnOn)
{
    /// <summary>True while the consent has not been withdrawn.</summary>
    public bool IsInForce => WithdrawnOn is null;
}
