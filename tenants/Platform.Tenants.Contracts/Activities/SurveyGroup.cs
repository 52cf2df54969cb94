namespace Platform.Tenants.Activities;

/// <summary>A group a fact-finding survey sampled.</summary>
public enum SurveyGroup
{
    /// <summary>住民: randomly sampled residents.</summary>
    Residents = 0,

    /// <summary>関係機関: related agencies.</summary>
    Agencies = 1,

    /// <summary>当事者・家族: people and families concerned.</summary>
    PeopleAndFamilies = 2,

    /// <summary>民生委員・児童委員: community welfare volunteers.</summary>
    CommunityVolunteers = 3,
}
