namespace Platform.Tenants.Activities;

/// <summary>How a fact-finding survey collected its answers.</summary>
public enum SurveyMethod
{
    /// <summary>郵送: questionnaires by post.</summary>
    Mail = 0,

    /// <summary>WEB: an online questionnaire.</summary>
    Online = 1,

    /// <summary>聞き取り: interviews.</summary>
    Interview = 2,

    /// <summary>Several of the above.</summary>
    Mixed = 3,
}
