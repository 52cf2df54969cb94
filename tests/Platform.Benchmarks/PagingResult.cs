namespace Platform.Benchmarks;

/// <summary>Medians of paging through a whole list against fetching its first page.</summary>
/// <param name="Repetitions">How many times each was timed.</param>
/// <param name="Pages">Pages needed to see every item.</param>
/// <param name="Items">Items (municipalities, cases) seen across those pages.</param>
/// <param name="AllPagesMs">Median time for all pages, sent one after another.</param>
/// <param name="SinglePageMs">Median time for the first page alone.</param>
internal sealed record PagingResult(int Repetitions, int Pages, int Items, double AllPagesMs, double SinglePageMs)
{
    /// <summary>All pages over one page; the page count is the ratio's natural scale.</summary>
    public double Ratio => AllPagesMs / SinglePageMs;

    /// <summary>The median time for all pages divided by the page count.</summary>
    public double PerPageMs => AllPagesMs / Pages;
}
