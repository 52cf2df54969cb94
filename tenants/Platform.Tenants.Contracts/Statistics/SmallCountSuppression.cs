namespace Platform.Tenants.Statistics;

/// <summary>
/// Hides small counts in a table of parts and their total so that none can be recovered.
/// Primary: a count of 1 to 4 is hidden ("&lt;5"). Secondary: while the published total, the
/// shown parts and what a reader knows of the hidden ones (a "&lt;5" lies in 1..4; an "X" is at
/// least 5, because every count under 5 is already hidden, and at most the smallest non-zero
/// count still shown, because the smallest is always taken first) pin any hidden part to one
/// value, the smallest non-zero part still shown is hidden too ("X"); when none is left, the
/// total is hidden. Zero is shown: it describes nobody. A part counted from fewer than
/// <see cref="MinContributors"/> tenants is hidden too ("X", at least 5 and otherwise unbounded):
/// a tenant that knows its own count could subtract it and learn another's. So is a part one
/// tenant makes up more than <see cref="DisclosureRules.DominanceShare"/> of ("X", dominance):
/// the rest would tell that tenant's figure almost exactly. Pure, so it is tested on its own.
/// </summary>
public static class SmallCountSuppression
{
    /// <summary>The largest count that is hidden as small.</summary>
    public const int Threshold = 4;

    /// <summary>The fewest tenants a shown part may be counted from, unless the settings say otherwise.</summary>
    public const int MinContributors = DisclosureRules.DefaultMinContributors;

    /// <summary>
    /// The cells of <paramref name="parts"/> and of their total, as published.
    /// <paramref name="contributors"/> says from how many tenants each part was counted (those
    /// with a count above zero); left out, every part counts as having enough.
    /// <paramref name="largest"/> gives each part's largest single tenant's count; left out,
    /// no part counts as dominated. <paramref name="rules"/> defaults to <see cref="DisclosureRules.Default"/>.
    /// </summary>
    public static (Cell Total, ImmutableArray<Cell> Parts) Protect(
        IReadOnlyList<int> parts, IReadOnlyList<int>? contributors = null, IReadOnlyList<int>? largest = null, DisclosureRules? rules = null)
    {
        rules ??= DisclosureRules.Default;
        if (parts.Any(p => p < 0))
        {
            throw new ArgumentException("Counts are never negative.", nameof(parts));
        }

        var total = parts.Sum();
        var marks = parts.Select((p, i) => p switch
        {
            >= 1 and <= Threshold => CellMark.SmallCount,
            > Threshold when contributors is not null && contributors[i] < rules.MinContributors => CellMark.FewContributors,
            > Threshold when largest is not null && rules.Dominates(largest[i], p) => CellMark.Dominated,
            _ => CellMark.None,
        }).ToArray();
        var totalMark = total is >= 1 and <= Threshold ? CellMark.SmallCount : CellMark.None;
        while (totalMark == CellMark.None && AnyDetermined(parts, marks, total))
        {
            var next = Enumerable.Range(0, parts.Count)
                .Where(i => marks[i] == CellMark.None && parts[i] > 0)
                .OrderBy(i => parts[i]).ThenBy(i => i)
                .DefaultIfEmpty(-1)
                .First();
            if (next < 0)
            {
                totalMark = CellMark.Complementary;
            }
            else
            {
                marks[next] = CellMark.Complementary;
            }
        }

        return (Cell.Marked(total, totalMark), [.. parts.Select((p, i) => Cell.Marked(p, marks[i]))]);
    }

    /// <summary>
    /// True when a reader who sees the total and the shown parts can tell the exact value of a
    /// hidden part. With one equation and each unknown within bounds, the values a part can take
    /// form an interval; the part is recovered when that interval is a single value.
    /// </summary>
    public static bool AnyDetermined(IReadOnlyList<int> parts, IReadOnlyList<CellMark> marks, int total)
    {
        var hidden = Enumerable.Range(0, parts.Count).Where(i => marks[i] != CellMark.None).ToList();
        if (hidden.Count == 0)
        {
            return false;
        }

        var shown = Enumerable.Range(0, parts.Count).Where(i => marks[i] == CellMark.None).ToList();
        var rest = total - shown.Sum(i => (long)parts[i]);
        var smallestShown = shown.Where(i => parts[i] > 0).Select(i => (long)parts[i]).DefaultIfEmpty(total).Min();
        var bounds = hidden.Select(i => marks[i] switch
        {
            CellMark.SmallCount => (Low: 1L, High: (long)Threshold),
            CellMark.FewContributors or CellMark.Dominated => (Low: Threshold + 1L, High: (long)total),
            _ => (Low: Threshold + 1L, High: smallestShown),
        }).ToList();
        var lowSum = bounds.Sum(b => b.Low);
        var highSum = bounds.Sum(b => b.High);
        return bounds.Any(b =>
        {
            var low = Math.Max(b.Low, rest - (highSum - b.High));
            var high = Math.Min(b.High, rest - (lowSum - b.Low));
            return low >= high;
        });
    }
}
