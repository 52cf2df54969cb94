namespace Platform.Tenants.Statistics;

/// <summary>Settings of the published statistics (section <c>Statistics</c>).</summary>
public sealed class StatisticsOptions
{
    /// <summary>The configuration section.</summary>
    public const string Section = "Statistics";

    /// <summary>
    /// How often the published tables are taken anew (a month by default). Within a period every
    /// reader sees the same snapshot, so a change made in it shows only in the next period's
    /// table, together with everyone else's changes of that period.
    /// </summary>
    public StatisticsPublishPeriod PublishPeriod { get; set; } = StatisticsPublishPeriod.Month;

    /// <summary>The fewest tenants a published cell may be counted from.</summary>
    public int MinContributors { get; set; } = DisclosureRules.DefaultMinContributors;

    /// <summary>The largest share (0..1) one tenant may make up of a published cell.</summary>
    public double DominanceShare { get; set; } = DisclosureRules.DefaultDominanceShare;

    /// <summary>The rules these settings give, checked: at least 2 contributors, a share in (0.5, 1].</summary>
    public DisclosureRules Rules => MinContributors >= 2 && DominanceShare is > 0.5 and <= 1
        ? new DisclosureRules(MinContributors, DominanceShare)
        : throw new InvalidOperationException($"{Section}:MinContributors must be 2 or more and {Section}:DominanceShare above 0.5 and at most 1.");

    /// <summary>The period <paramref name="today"/> (a date in Japan) falls in, as yyyyMM of its first month.</summary>
    public int PeriodOf(DateOnly today) => (PublishPeriod switch
    {
        StatisticsPublishPeriod.Quarter => new YearMonth(today.Year, ((today.Month - 1) / 3 * 3) + 1),
        _ => YearMonth.Of(today),
    }).Number;
}

/// <summary>How often the published statistics are taken.</summary>
public enum StatisticsPublishPeriod
{
    /// <summary>Once a calendar month (Japan time).</summary>
    Month = 0,

    /// <summary>Once a calendar quarter (January, April, July, October).</summary>
    Quarter = 1,
}
