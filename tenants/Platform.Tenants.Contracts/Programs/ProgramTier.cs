namespace Platform.Tenants.Programs;

/// <summary>The three program tiers a municipality can run, step by step (段階的な充実).</summary>
public enum ProgramTier
{
    /// <summary>ひきこもり地域支援センター: delivers all five functions.</summary>
    RegionalSupportCenter = 0,

    /// <summary>ひきこもり支援ステーション: consultation, place of belonging and network as its core.</summary>
    SupportStation = 1,

    /// <summary>ひきこもりサポート事業: the entry step; any functions it chooses.</summary>
    SupportProject = 2,
}
