namespace Platform.Tenants.PrefecturalSupport;

/// <summary>Whether a preparation grant's condition (running the committed tier next year) was met.</summary>
public enum GrantConditionStatus
{
    /// <summary>The next fiscal year has no qualifying designation yet, and it has not ended.</summary>
    Pending = 0,

    /// <summary>The next fiscal year's program is the committed tier or a higher one.</summary>
    Met = 1,

    /// <summary>The next fiscal year ended without a qualifying program.</summary>
    NotMet = 2,
}
