namespace Platform.Tenants.Cases;

/// <summary>What became of a referral.</summary>
public enum ReferralOutcome
{
    /// <summary>Not known yet.</summary>
    Pending = 0,

    /// <summary>The person is now supported there.</summary>
    Connected = 1,

    /// <summary>The person declined.</summary>
    Declined = 2,

    /// <summary>It did not connect.</summary>
    NotConnected = 3,
}
