namespace Platform.Tenants.Cases;

/// <summary>What a contact should have said: the whole entry as corrected.</summary>
[GenerateSerializer, Immutable, Alias("platform.contact-correction.v1")]
public sealed record ContactCorrection(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] ContactChannel Channel,
    [property: Id(2)] ContactParty With,
    [property: Id(3)] int? Minutes,
    [property: Id(4)] string? Notes);

/// <summary>What a referral should have said: the whole entry as corrected (its outcome is recorded apart).</summary>
[GenerateSerializer, Immutable, Alias("platform.referral-correction.v1")]
public sealed record ReferralCorrection(
    [property: Id(0)] ReferralDestination Destination,
    [property: Id(1)] string? AgencyName,
    [property: Id(2)] DateOnly ReferredOn,
    [property: Id(3)] string? Notes);
