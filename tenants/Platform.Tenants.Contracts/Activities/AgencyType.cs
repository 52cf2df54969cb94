namespace Platform.Tenants.Activities;

/// <summary>The kind of agency a trainee of a staff training works for.</summary>
public enum AgencyType
{
    /// <summary>市町村: municipal offices.</summary>
    Municipality = 0,

    /// <summary>社会福祉協議会: social welfare councils.</summary>
    SocialWelfareCouncil = 1,

    /// <summary>保健・医療: health centers, mental health and welfare centers, hospitals.</summary>
    HealthAndMedical = 2,

    /// <summary>就労支援: employment support (youth support stations, employment preparation).</summary>
    EmploymentSupport = 3,

    /// <summary>民間団体: NPOs and other private contractors.</summary>
    Nonprofit = 4,

    /// <summary>その他: any other agency.</summary>
    Other = 5,
}
