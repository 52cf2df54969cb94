using Platform.Tenants.Statistics;

namespace Platform.Tests.Statistics;

/// <summary>
/// An attacker's view of a published table, worked out by enumeration rather than by the
/// interval rule the suppression uses: which values each hidden part can take, given the shown
/// parts, the total (when shown), "&lt;5" = 1..4, a complementary "X" = 5..(smallest non-zero part
/// shown) and an "X" for few contributors or a dominant one = 5 or more.
/// </summary>
public static class Disclosure
{
    /// <summary>The hidden parts whose value the attacker can tell exactly.</summary>
    public static List<int> Recoverable(Cell total, IReadOnlyList<Cell> parts)
    {
        var recovered = new List<int>();
        if (total.Value is not { } sum)
        {
            return recovered;
        }

        var shown = parts.Where(p => p.Value is not null).Select(p => p.Value!.Value).ToList();
        var rest = sum - shown.Sum();
        var cap = shown.Where(v => v > 0).DefaultIfEmpty(sum).Min();
        var ranges = parts.Select(p => p.Mark switch
        {
            CellMark.SmallCount => Enumerable.Range(1, 4).ToList(),
            CellMark.Complementary => Enumerable.Range(5, Math.Max(0, cap - 4)).ToList(),
            CellMark.FewContributors or CellMark.Dominated => Enumerable.Range(5, Math.Max(0, rest - 4)).ToList(),
            _ => null,
        }).ToList();
        for (var i = 0; i < parts.Count; i++)
        {
            if (ranges[i] is not { } own)
            {
                continue;
            }

            // Sums the other hidden parts can reach together.
            var reachable = new HashSet<int> { 0 };
            for (var j = 0; j < parts.Count; j++)
            {
                if (j != i && ranges[j] is { } other)
                {
                    reachable = [.. reachable.SelectMany(s => other.Select(v => s + v)).Where(s => s <= rest)];
                }
            }

            if (own.Count(v => reachable.Contains(rest - v)) <= 1)
            {
                recovered.Add(i);
            }
        }

        return recovered;
    }
}
