namespace Platform.Benchmarks;

/// <summary>
/// Times paging through a whole list, one page after another, against the same query for the
/// first page only. The two are interleaved so that any drift of the machine affects both alike.
/// </summary>
/// <param name="what">What is listed, for error messages.</param>
/// <param name="fetchPage">Fetches the page after a cursor (<see langword="null"/>: the first page).</param>
internal sealed class PagingRunner(string what, Func<string?, CancellationToken, Task<Page>> fetchPage)
{
    /// <summary>The municipalities in the registry (市区町村).</summary>
    public const int ExpectedMunicipalities = 1741;

    /// <summary>The page size both listings ask for (the API's maximum).</summary>
    public const int PageSize = 100;

    private const int WarmUpRounds = 2;

    // Must match PageSize in first:.
    private const string MunicipalitiesQuery =
        "query($after: String) { municipalities(first: 100, after: $after) { edges { node { code name "
        + "program(fiscalYear: 2023) { tier functions } } } pageInfo { hasNextPage endCursor } } }";

    /// <summary>All municipalities, 100 at a time with each one's FY2023 program; no token needed.</summary>
    public static PagingRunner Municipalities(GraphQLClient client) => new("municipalities", async (after, ct) =>
        Page.Of((await client.PostAsync(MunicipalitiesQuery, new { after }, ct)).GetProperty("municipalities"), PageSize));

    /// <summary>
    /// Measures <paramref name="repetitions"/> rounds of each after two unmeasured rounds; every
    /// full pass must see <paramref name="expectedItems"/> items.
    /// </summary>
    public async Task<PagingResult> RunAsync(int repetitions, int expectedItems, CancellationToken ct)
    {
        var all = new List<double>();
        var single = new List<double>();
        var pages = 0;
        var seen = 0;
        for (var round = 0; round < WarmUpRounds + repetitions; round++)
        {
            var stopwatch = Stopwatch.StartNew();
            await fetchPage(null, ct);
            var singleMs = stopwatch.Elapsed.TotalMilliseconds;

            stopwatch.Restart();
            (pages, seen) = await FetchAllAsync(ct);
            var allMs = stopwatch.Elapsed.TotalMilliseconds;

            if (seen != expectedItems)
            {
                throw new InvalidOperationException($"Paging saw {seen} {what} in {pages} pages; expected {expectedItems}.");
            }

            if (round >= WarmUpRounds)
            {
                single.Add(singleMs);
                all.Add(allMs);
            }
        }

        return new PagingResult(repetitions, pages, seen, Stats.Median(all), Stats.Median(single));
    }

    private async Task<(int Pages, int Items)> FetchAllAsync(CancellationToken ct)
    {
        string? after = null;
        var pages = 0;
        var items = 0;
        while (true)
        {
            var page = await fetchPage(after, ct);
            pages++;
            items += page.Count;
            if (!page.HasNextPage)
            {
                return (pages, items);
            }

            after = page.EndCursor ?? throw new InvalidOperationException($"Page {pages} of {what} says there is a next page but has no endCursor.");
        }
    }
}
