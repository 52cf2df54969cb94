namespace Platform.Tenants.Cases;

/// <summary>An age band, when the exact birth year is not known or not given.</summary>
public enum AgeBand
{
    /// <summary>Under 20.</summary>
    Under20 = 0,

    /// <summary>20–29.</summary>
    From20To29 = 1,

    /// <summary>30–39.</summary>
    From30To39 = 2,

    /// <summary>40–49.</summary>
    From40To49 = 3,

    /// <summary>50–59.</summary>
    From50To59 = 4,

    /// <summary>60–69.</summary>
    From60To69 = 5,

    /// <summary>70 and over.</summary>
    From70 = 6,

    /// <summary>Not known.</summary>
    Unknown = 7,
}
