namespace Platform.Benchmarks;

/// <summary>Medians of paging through every municipality against fetching one page.</summary>
/// <param name="Repetitions">How many times each was timed.</param>
/// <param name="Pages">Pages needed to see every municipality.</param>
/// <param name="Municipalities">Municipalities seen across those pages.</param>
/// <param name="AllPagesMs">Median time for all pages, sent one after another.</param>
/// <param name="SinglePageMs">Median time for the first page alone.</param>
internal sealed record PagingResult(int Repetitions, int Pages, int Municipalities, double AllPagesMs, double SinglePageMs)
{
    /// <summary>All pages over one page; the page count is the ratio's natural scale.</summary>
    public double Ratio => AllPagesMs / SinglePageMs;
}
