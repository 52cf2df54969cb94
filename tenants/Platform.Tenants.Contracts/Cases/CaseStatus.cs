namespace Platform.Tenants.Cases;

/// <summary>The life-cycle state of a case.</summary>
public enum CaseStatus
{
    /// <summary>受付: first contact recorded; the person may still be unknown.</summary>
    Intake = 0,

    /// <summary>支援中: support under way.</summary>
    Active = 1,

    /// <summary>見守り: support eased off; the case is watched.</summary>
    Monitoring = 2,

    /// <summary>終結: closed, with a reason.</summary>
    Closed = 3,

    /// <summary>移管: handed to another tenant; only a stub without personal data remains here.</summary>
    Transferred = 4,
}
