namespace Platform.Tenants.Cases;

/// <summary>Where a case is referred (関係機関へのつなぎ).</summary>
public enum ReferralDestination
{
    /// <summary>Self-reliance consultation (自立相談支援).</summary>
    SelfRelianceConsultation = 0,

    /// <summary>Employment preparation (就労準備支援).</summary>
    EmploymentPreparation = 1,

    /// <summary>Community youth support station (地域若者サポートステーション).</summary>
    YouthSupportStation = 2,

    /// <summary>Mental health and welfare center.</summary>
    MentalHealthCenter = 3,

    /// <summary>Hospital or clinic.</summary>
    Hospital = 4,

    /// <summary>Community general support center (地域包括支援センター).</summary>
    CommunityGeneralSupportCenter = 5,

    /// <summary>Public assistance (生活保護).</summary>
    PublicAssistance = 6,

    /// <summary>Multi-layered support system (重層的支援体制).</summary>
    MultiLayeredSupport = 7,

    /// <summary>Other agency.</summary>
    Other = 8,
}
