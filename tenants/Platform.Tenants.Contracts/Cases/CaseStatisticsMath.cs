namespace Platform.Tenants.Cases;

/// <summary>Adding up case counters: across areas month by month, and months into a fiscal year.</summary>
public static class CaseStatisticsMath
{
    /// <summary>The empty counters of a period.</summary>
    public static CaseStatistics Empty(int fiscalYear, int? month) => new(fiscalYear, month, 0, 0, 0,
        ImmutableSortedDictionary<string, int>.Empty, ImmutableSortedDictionary<string, int>.Empty, ImmutableSortedDictionary<string, int>.Empty,
        ImmutableSortedDictionary<string, int>.Empty, ImmutableSortedDictionary<string, int>.Empty);

    /// <summary>The sum of counters of the same period in several areas.</summary>
    public static CaseStatistics SumAreas(int fiscalYear, int? month, IEnumerable<CaseStatistics> parts) =>
        parts.Aggregate(Empty(fiscalYear, month), (sum, part) => sum with
        {
            NewCases = sum.NewCases + part.NewCases,
            ActiveCases = sum.ActiveCases + part.ActiveCases,
            Households8050 = sum.Households8050 + part.Households8050,
            ContactsByChannel = Add(sum.ContactsByChannel, part.ContactsByChannel),
            NewCasesByAgeBand = Add(sum.NewCasesByAgeBand, part.NewCasesByAgeBand),
            NewCasesByGender = Add(sum.NewCasesByGender, part.NewCasesByGender),
            ReferralsByDestination = Add(sum.ReferralsByDestination, part.ReferralsByDestination),
            ClosuresByReason = Add(sum.ClosuresByReason, part.ClosuresByReason),
        });

    /// <summary>
    /// A fiscal year from its months (April..March, any missing month counts as empty): flows
    /// add up; active cases are those of the latest month reported (March once the year is over).
    /// </summary>
    public static CaseStatistics FiscalYearOf(int fiscalYear, IReadOnlyDictionary<int, CaseStatistics> byCalendarMonth)
    {
        var months = Enumerable.Range(0, 12).Select(i => new DateOnly(fiscalYear, 4, 1).AddMonths(i)).Select(d => d.Year * 100 + d.Month).ToList();
        var present = months.Select(m => byCalendarMonth.GetValueOrDefault(m)).OfType<CaseStatistics>().ToList();
        var sum = SumAreas(fiscalYear, null, present);
        var latest = months.LastOrDefault(byCalendarMonth.ContainsKey);
        return sum with { ActiveCases = latest == 0 ? 0 : byCalendarMonth[latest].ActiveCases };
    }

    private static ImmutableSortedDictionary<string, int> Add(ImmutableSortedDictionary<string, int> a, ImmutableSortedDictionary<string, int> b)
    {
        var builder = a.ToBuilder();
        foreach (var (key, value) in b)
        {
            builder[key] = builder.GetValueOrDefault(key) + value;
        }

        return builder.ToImmutable();
    }
}
