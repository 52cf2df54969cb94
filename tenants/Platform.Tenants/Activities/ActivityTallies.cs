namespace Platform.Tenants.Activities;

/// <summary>Counting activities: monthly tallies from records, and sums over months and areas.</summary>
public static class ActivityTallies
{
    /// <summary>The tallies of the activities held in calendar month <paramref name="yyyymm"/>, one per kind held, in kind order.</summary>
    public static ActivityMonth Month(IEnumerable<Activity> activities, int yyyymm) => new(
        yyyymm,
        [.. activities.Where(a => YearMonth.Of(a.HeldOn).Number == yyyymm)
            .GroupBy(a => a.Kind)
            .OrderBy(g => g.Key)
            .Select(g => new ActivityTally(g.Key, g.Count(), g.Sum(a => a.CountedParticipants), g.Sum(a => a.FirstTimeParticipants ?? 0)))]);

    /// <summary>The sum of tallies, one per kind present, in kind order.</summary>
    public static ImmutableArray<ActivityTally> Sum(IEnumerable<ActivityTally> tallies) =>
        [.. tallies.GroupBy(t => t.Kind).OrderBy(g => g.Key).Select(g => g.Aggregate((a, b) => a.Add(b)))];

    /// <summary>The yyyyMM keys of a fiscal year, or of its one calendar <paramref name="month"/>.</summary>
    public static IEnumerable<int> MonthsOf(int fiscalYear, int? month)
    {
        var (from, to) = CaseCounters.Period(fiscalYear, month);
        return YearMonth.Range(from, to).Select(m => m.Number);
    }
}
