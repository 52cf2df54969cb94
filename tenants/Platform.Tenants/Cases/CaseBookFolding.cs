namespace Platform.Tenants.Cases;

/// <summary>
/// Folding purged cases out of the case book. A purged case can no longer change (every change is
/// refused with CASE_NOT_OPEN) and was closed more than a year before it was purged, so what it
/// adds to each month's counters is fixed for good: its opening, its closure, its contacts and
/// referrals, and its active count of months that are over (later months, and the current
/// period, which ends today, never count it). The book adds those figures to its shard's
/// <see cref="CaseBookShard.Folded"/> and drops the entry in the same write; a statistic is then
/// the count of the entries plus the folded figures, the same number as before. The same holds
/// for the items of closed fiscal years (<see cref="ClosedYears"/>), which can no longer change,
/// and for the cases the book moves to its archive: closed in a closed year, they too are fixed
/// until reopened, when <see cref="Remove"/> takes their figures back.
/// </summary>
public static class CaseBookFolding
{
    /// <summary>Adds what <paramref name="purged"/> counts in each month to <paramref name="folded"/>.</summary>
    public static void Add(Dictionary<int, CaseStatistics> folded, CaseSummary purged, DateOnly today)
    {
        foreach (var (key, figures) in MonthsOf(purged, today))
        {
            Merge(folded, key, figures);
        }
    }

    /// <summary>
    /// Takes back what <see cref="Add"/> added for <paramref name="entry"/>: an archived case that
    /// changes again (reopened) is counted from its entry once more. Its months are all over, so
    /// the figures are the same as when they were added.
    /// </summary>
    public static void Remove(Dictionary<int, CaseStatistics> folded, CaseSummary entry, DateOnly today)
    {
        foreach (var (key, figures) in MonthsOf(entry, today))
        {
            Merge(folded, key, Negate(figures));
        }
    }

    /// <summary>Adds activity items (contacts by channel, referrals by destination) to their months.</summary>
    public static void AddItems(Dictionary<int, CaseStatistics> folded, IEnumerable<CaseActivity> items)
    {
        foreach (var item in items)
        {
            var (fiscalYear, month) = CaseMonth.Split(item.Month);
            var one = ImmutableSortedDictionary<string, int>.Empty.WithComparers(StringComparer.Ordinal);
            var none = one;
            Merge(folded, item.Month, new CaseStatistics(
                fiscalYear, month, 0, 0, 0,
                item.Channel is { } channel ? one.Add(channel.ToString(), 1) : none, none, none,
                item.Destination is { } destination ? one.Add(destination.ToString(), 1) : none, none));
        }
    }

    // What one case counts in each month from its opening to its closure (or last item).
    private static IEnumerable<(int Key, CaseStatistics Figures)> MonthsOf(CaseSummary entry, DateOnly today)
    {
        var last = entry.Activity.Select(a => a.Month).DefaultIfEmpty(0).Max();
        var to = entry.ClosedOn ?? today;
        if (last > CaseMonth.Of(to))
        {
            to = new DateOnly(last / 100, last % 100, 1);
        }

        foreach (var key in CaseMonth.Range(entry.OpenedOn, to))
        {
            var (fiscalYear, month) = CaseMonth.Split(key);
            var figures = CaseCounters.Count([entry], fiscalYear, month, today);
            if (!IsEmpty(figures))
            {
                yield return (key, figures);
            }
        }
    }

    // Adds figures to a month; a month that sums to nothing leaves the map, as if never added.
    private static void Merge(Dictionary<int, CaseStatistics> folded, int key, CaseStatistics figures)
    {
        var sum = folded.TryGetValue(key, out var before) ? Plus(before, figures) : figures;
        if (IsEmpty(sum))
        {
            folded.Remove(key);
        }
        else
        {
            folded[key] = sum;
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

    private static CaseStatistics Negate(CaseStatistics s) => s with
    {
        NewCases = -s.NewCases,
        ActiveCases = -s.ActiveCases,
        Households8050 = -s.Households8050,
        ContactsByChannel = Negate(s.ContactsByChannel),
        NewCasesByAgeBand = Negate(s.NewCasesByAgeBand),
        NewCasesByGender = Negate(s.NewCasesByGender),
        ReferralsByDestination = Negate(s.ReferralsByDestination),
        ClosuresByReason = Negate(s.ClosuresByReason),
    };

    private static ImmutableSortedDictionary<string, int> Negate(ImmutableSortedDictionary<string, int> a) =>
        a.ToImmutableSortedDictionary(p => p.Key, p => -p.Value, StringComparer.Ordinal);

    // Keys that sum to 0 are dropped: a recount never lists a key it did not count.
    private static ImmutableSortedDictionary<string, int> Add(ImmutableSortedDictionary<string, int> a, ImmutableSortedDictionary<string, int> b)
    {
        var builder = a.WithComparers(StringComparer.Ordinal).ToBuilder();
        foreach (var (key, value) in b)
        {
            var sum = builder.GetValueOrDefault(key) + value;
            if (sum == 0)
            {
                builder.Remove(key);
            }
            else
            {
                builder[key] = sum;
            }
        }

        return builder.ToImmutable();
    }
}
