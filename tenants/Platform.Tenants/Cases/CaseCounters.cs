namespace Platform.Tenants.Cases;

/// <summary>
/// The counters of a set of cases for a fiscal year or one of its months. New cases count in
/// the month they were opened (cases received by transfer are not new); active cases are those
/// open at the end of the period, or today for a period not over yet; contacts and referrals
/// count in the month they happened.
/// </summary>
public static class CaseCounters
{
    /// <summary>Counts <paramref name="cases"/> for the period.</summary>
    public static CaseStatistics Count(IEnumerable<CaseSummary> cases, int fiscalYear, int? month, DateOnly asOf)
    {
        var (from, to) = Period(fiscalYear, month);
        var all = cases.ToList();
        var opened = all.Where(c => !c.Received && c.OpenedOn >= from && c.OpenedOn <= to).ToList();
        var end = to < asOf ? to : asOf;
        var active = end < from ? 0 : all.Count(c => c.OpenedOn <= end && (c.ClosedOn is null || c.ClosedOn > end));
        var (fromMonth, toMonth) = (YearMonth.Of(from).Number, YearMonth.Of(to).Number);
        var activity = all.SelectMany(c => c.Activity).Where(a => a.Month >= fromMonth && a.Month <= toMonth).ToList();
        var closed = all.Where(c => c.ClosedOn >= from && c.ClosedOn <= to && c.ClosureReason is not null);
        return new CaseStatistics(
            fiscalYear,
            month,
            opened.Count,
            active,
            opened.Count(c => c.Is8050),
            Tally(activity.Where(a => a.Channel is not null).Select(a => a.Channel!.Value.ToString())),
            Tally(opened.Select(c => c.AgeBand.ToString())),
            Tally(opened.Select(c => c.Gender.ToString())),
            Tally(activity.Where(a => a.Destination is not null).Select(a => a.Destination!.Value.ToString())),
            Tally(closed.Select(c => c.ClosureReason!.Value.ToString())));
    }

    /// <summary>The first and last day of the fiscal year, or of its calendar <paramref name="month"/>.</summary>
    public static (DateOnly From, DateOnly To) Period(int fiscalYear, int? month)
    {
        if (month is not { } m)
        {
            return (FiscalYear.StartOf(fiscalYear), FiscalYear.EndOf(fiscalYear));
        }

        var calendarMonth = YearMonth.InFiscalYear(fiscalYear, m);
        return (calendarMonth.FirstDay, calendarMonth.LastDay);
    }

    private static ImmutableSortedDictionary<string, int> Tally(IEnumerable<string> keys) =>
        keys.GroupBy(k => k).ToImmutableSortedDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
}
