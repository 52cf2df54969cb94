namespace Platform.Tenants.Statistics;

/// <summary>Why a statistics cell is hidden, if it is.</summary>
public enum CellMark
{
    /// <summary>Shown as its value.</summary>
    None = 0,

    /// <summary>A count of 1 to 4, shown as "&lt;5" (primary suppression).</summary>
    SmallCount = 1,

    /// <summary>Hidden so that no total reveals a small count, shown as "X" (secondary suppression, 秘匿).</summary>
    Complementary = 2,

    /// <summary>
    /// Counted from fewer than <see cref="SmallCountSuppression.MinContributors"/> tenants, shown
    /// as "X": otherwise one of them could subtract its own count and learn the other's.
    /// </summary>
    FewContributors = 3,

    /// <summary>
    /// One tenant makes up more than <see cref="DisclosureRules.DominanceShare"/> of the count,
    /// shown as "X" (dominance): the others' share is too small to hide that tenant's figure.
    /// </summary>
    Dominated = 4,
}
