namespace Platform.Tenants.Cases;

/// <summary>A referral of the case to another agency, with its outcome.</summary>
[GenerateSerializer, Immutable, Alias("platform.referral.v1")]
public sealed record Referral(
    [property: Id(0)] string Id,
    [property: Id(1)] ReferralDestination Destination,
    [property: Id(2)] string? AgencyName,
    [property: Id(3)] DateOnly ReferredOn,
    [property: Id(4)] ReferralOutcome Outcome,
    [property: Id(5)] string? Notes);
