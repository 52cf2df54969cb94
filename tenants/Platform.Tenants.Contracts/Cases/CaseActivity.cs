namespace Platform.Tenants.Cases;

/// <summary>
/// A countable event of a case for the statistics: a contact by channel, or a referral by
/// destination, in a calendar month (yyyyMM). Kept per case so counts are recomputed, never
/// incremented twice.
/// </summary>
[GenerateSerializer, Immutable, Alias("platform.case-activity.v1")]
public sealed record CaseActivity(
    [property: Id(0)] int Month,
    [property: Id(1)] ContactChannel? Channel,
    [property: Id(2)] ReferralDestination? Destination);
