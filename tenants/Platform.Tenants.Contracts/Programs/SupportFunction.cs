namespace Platform.Tenants.Programs;

/// <summary>The support functions a program delivers: the five core ones and two optional ones.</summary>
public enum SupportFunction
{
    /// <summary>① 相談支援: consultation.</summary>
    Consultation = 0,

    /// <summary>② 居場所づくり: a place of belonging (ibasho).</summary>
    PlaceOfBelonging = 1,

    /// <summary>③ 地域のネットワークづくり: local network building.</summary>
    Network = 2,

    /// <summary>④ 当事者会・家族会の開催: peer groups and family groups.</summary>
    PeerAndFamilyGroups = 3,

    /// <summary>⑤ 住民への普及啓発: public awareness for residents.</summary>
    PublicAwareness = 4,

    /// <summary>アウトリーチ: outreach home visits (optional).</summary>
    Outreach = 5,

    /// <summary>実態把握: fact-finding surveys (optional).</summary>
    FactFinding = 6,
}
