namespace Platform.Tenants.Cases;

/// <summary>Age bands from ages.</summary>
public static class AgeBands
{
    /// <summary>The band of an age in years.</summary>
    public static AgeBand Of(int age) => age switch
    {
        < 0 => AgeBand.Unknown,
        < 20 => AgeBand.Under20,
        < 30 => AgeBand.From20To29,
        < 40 => AgeBand.From30To39,
        < 50 => AgeBand.From40To49,
        < 60 => AgeBand.From50To59,
        < 70 => AgeBand.From60To69,
        _ => AgeBand.From70,
    };
}
