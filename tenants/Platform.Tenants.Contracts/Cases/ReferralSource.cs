namespace Platform.Tenants.Cases;

/// <summary>How a case came in.</summary>
public enum ReferralSource
{
    /// <summary>The person themself.</summary>
    Person = 0,

    /// <summary>A family member (most often a parent).</summary>
    Family = 1,

    /// <summary>Another agency.</summary>
    Agency = 2,

    /// <summary>A community welfare volunteer (民生委員).</summary>
    CommunityVolunteer = 3,

    /// <summary>Other.</summary>
    Other = 4,
}
