using System.Collections.Immutable;

namespace Platform.Tenants.Cases;

/// <summary>
/// Folding purged cases out of the case book. A purged case can no longer change (every change is
/// refused with CASE_NOT_OPEN) and was closed more than a year before it was purged, so what it
/// adds to each month's counters is fixed for good: its opening, its closure, its contacts and
/// referrals, and its active count of months that are over (later months, and the current
/// period, which ends today, never count it). The book adds those figures to its shard's
/// <see cref="CaseBookShard.Folded"/> and drops the entry in the same write; a statistic is then
/// the count of the entries plus the folded figures, the same number as before.
/// </summary>
public static class CaseBookFolding
{
    /// <summary>Adds what <paramref name="purged"/> counts in each month to <paramref name="folded"/>.</summary>
    public static void Add(Dictionary<int, CaseStatistics> folded, CaseSummary purged, DateOnly today)
    {
        var last = purged.Activity.Select(a => a.Month).DefaultIfEmpty(0).Max();
        var to = purged.ClosedOn ?? today;
        if (last > CaseMonth.Of(to))
        {
            to = new DateOnly(last / 100, last % 100, 1);
        }

        foreach (var key in CaseMonth.Range(purged.OpenedOn, to))
        {
            var (fiscalYear, month) = CaseMonth.Split(key);
            var figures = CaseCounters.Count([purged], fiscalYear, month, today);
            if (!IsEmpty(figures))
            {
                folded[key] = folded.TryGetValue(key, out var sum) ? Plus(sum, figures) : figures;
            }
        }
    }

    /// <summary>
    /// <paramref name="counted"/> (the entries' counters of a fiscal year or month) plus the folded
    /// figures of the same period: months add up; a year's flows are its months' and its active
    /// cases those at its end, March (a folded case counts in no period that is not over).
    /// </summary>
    public static CaseStatistics With(CaseStatistics counted, IEnumerable<Dictionary<int, CaseStatistics>> folded)
    {
        var (from, to) = CaseCounters.Period(counted.FiscalYear, counted.Month);
        var months = CaseMonth.Range(from, to).ToList();
        var sum = counted;
        foreach (var shard in folded)
        {
            foreach (var key in months)
            {
                if (shard.TryGetValue(key, out var figures))
                {
                    sum = Plus(sum, key == months[^1] ? figures : figures with { ActiveCases = 0 });
                }
            }
        }

        return sum;
    }

    private static bool IsEmpty(CaseStatistics s) =>
        s is { NewCases: 0, ActiveCases: 0, Households8050: 0 } && s.ContactsByChannel.IsEmpty && s.NewCasesByAgeBand.IsEmpty
        && s.NewCasesByGender.IsEmpty && s.ReferralsByDestination.IsEmpty && s.ClosuresByReason.IsEmpty;

    // The sum, in the first operand's key order (the counters' ordinal order).
    private static CaseStatistics Plus(CaseStatistics a, CaseStatistics b) => a with
    {
        NewCases = a.NewCases + b.NewCases,
        ActiveCases = a.ActiveCases + b.ActiveCases,
        Households8050 = a.Households8050 + b.Households8050,
        ContactsByChannel = Add(a.ContactsByChannel, b.ContactsByChannel),
        NewCasesByAgeBand = Add(a.NewCasesByAgeBand, b.NewCasesByAgeBand),
        NewCasesByGender = Add(a.NewCasesByGender, b.NewCasesByGender),
        ReferralsByDestination = Add(a.ReferralsByDestination, b.ReferralsByDestination),
        ClosuresByReason = Add(a.ClosuresByReason, b.ClosuresByReason),
    };

    private static ImmutableSortedDictionary<string, int> Add(ImmutableSortedDictionary<string, int> a, ImmutableSortedDictionary<string, int> b)
    {
        var builder = a.WithComparers(StringComparer.Ordinal).ToBuilder();
        foreach (var (key, value) in b)
        {
            builder[key] = builder.GetValueOrDefault(key) + value;
        }

        return builder.ToImmutable();
    }
}
