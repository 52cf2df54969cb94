namespace Platform.Tenants.Cases;

/// <summary>Helpers for monthly case figures as they roll up: keys, equality and totals.</summary>
public static class CaseFigures
{
    /// <summary>The yyyyMM of a month's figures.</summary>
    public static int MonthKey(CaseStatistics month) =>
        month.Month is { } m ? (m >= 4 ? month.FiscalYear : month.FiscalYear + 1) * 100 + m : throw new ArgumentException("Monthly figures name their month.");

    /// <summary>Content equality (the dictionaries compared by entries).</summary>
    public static bool Same(CaseStatistics a, CaseStatistics b) =>
        a.FiscalYear == b.FiscalYear && a.Month == b.Month && a.NewCases == b.NewCases && a.ActiveCases == b.ActiveCases
        && a.Households8050 == b.Households8050
        && a.ContactsByChannel.SequenceEqual(b.ContactsByChannel) && a.NewCasesByAgeBand.SequenceEqual(b.NewCasesByAgeBand)
        && a.NewCasesByGender.SequenceEqual(b.NewCasesByGender) && a.ReferralsByDestination.SequenceEqual(b.ReferralsByDestination)
        && a.ClosuresByReason.SequenceEqual(b.ClosuresByReason);

    /// <summary>The total over areas (each a yyyyMM → figures map) for a fiscal year or one month.</summary>
    public static CaseStatistics Total(IEnumerable<Dictionary<int, CaseStatistics>> areas, int fiscalYear, int? month)
    {
        var list = areas.ToList();
        if (month is { } m)
        {
            var key = (m >= 4 ? fiscalYear : fiscalYear + 1) * 100 + m;
            return CaseStatisticsMath.SumAreas(fiscalYear, month, list.Select(a => a.GetValueOrDefault(key)).OfType<CaseStatistics>());
        }

        return CaseStatisticsMath.SumAreas(fiscalYear, null, list.Select(a => CaseStatisticsMath.FiscalYearOf(fiscalYear, a)));
    }

    /// <summary>The months a case entry touches: from its opening to the later of now and its last event.</summary>
    public static IEnumerable<int> MonthsTouched(CaseSummary? before, CaseSummary after, DateOnly today)
    {
        var from = before is null || after.OpenedOn < before.OpenedOn ? after.OpenedOn : before.OpenedOn;
        var last = new[] { today, after.ClosedOn ?? today, before?.ClosedOn ?? today }.Max();
        var activity = after.Activity.Select(a => a.Month).Concat(before?.Activity.Select(a => a.Month) ?? []).DefaultIfEmpty(0).Max();
        var to = activity > CaseMonth.Of(last) ? new DateOnly(activity / 100, activity % 100, 1) : last;
        return CaseMonth.Range(from < FiscalYear.StartOf(FiscalYear.Min) ? FiscalYear.StartOf(FiscalYear.Min) : from, to);
    }
}
