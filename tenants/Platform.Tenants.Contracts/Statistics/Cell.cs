using System.Globalization;

namespace Platform.Tenants.Statistics;

/// <summary>One figure of a statistics table; a hidden figure carries no value at all.</summary>
[GenerateSerializer, Immutable, Alias("platform.statistics-cell.v1")]
public sealed record Cell(
    [property: Id(0)] int? Value,
    [property: Id(1)] CellMark Mark)
{
    /// <summary>As published: the number, "&lt;5" or "X".</summary>
    public string Text => Mark switch
    {
        CellMark.SmallCount => "<5",
        CellMark.Complementary or CellMark.FewContributors or CellMark.Dominated => "X",
        _ => (Value ?? 0).ToString(CultureInfo.InvariantCulture),
    };

    /// <summary>A cell shown as <paramref name="value"/>.</summary>
    public static Cell Of(int value) => new(value, CellMark.None);

    /// <summary>A cell with <paramref name="value"/>, hidden when <paramref name="mark"/> says so.</summary>
    public static Cell Marked(int value, CellMark mark) => mark == CellMark.None ? Of(value) : new(null, mark);
}
