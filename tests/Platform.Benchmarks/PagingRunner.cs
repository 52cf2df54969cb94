using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Platform.Benchmarks;

/// <summary>
/// Times paging through all municipalities, 100 at a time with each one's FY2023 program,
/// against the same query for the first page only. The two are interleaved so that any
/// drift of the machine affects both alike.
/// </summary>
/// <param name="http">The client.</param>
/// <param name="graphql">The silo's <c>/graphql</c> address.</param>
internal sealed class PagingRunner(HttpClient http, Uri graphql)
{
    /// <summary>The municipalities in the registry (市区町村).</summary>
    public const int ExpectedMunicipalities = 1741;

    // Must match first: in the query.
    private const int PageSize = 100;
    private const int WarmUpRounds = 2;

    private const string Query =
        "query($after: String) { municipalities(first: 100, after: $after) { edges { node { code name "
        + "program(fiscalYear: 2023) { tier functions } } } pageInfo { hasNextPage endCursor } } }";

    /// <summary>Measures <paramref name="repetitions"/> rounds of each after two unmeasured rounds.</summary>
    public async Task<PagingResult> RunAsync(int repetitions, CancellationToken ct)
    {
        var all = new List<double>();
        var single = new List<double>();
        var pages = 0;
        var seen = 0;
        for (var round = 0; round < WarmUpRounds + repetitions; round++)
        {
            var stopwatch = Stopwatch.StartNew();
            await FetchPageAsync(after: null, ct);
            var singleMs = stopwatch.Elapsed.TotalMilliseconds;

            stopwatch.Restart();
            (pages, seen) = await FetchAllAsync(ct);
            var allMs = stopwatch.Elapsed.TotalMilliseconds;

            if (seen != ExpectedMunicipalities)
            {
                throw new InvalidOperationException($"Paging saw {seen} municipalities in {pages} pages; expected {ExpectedMunicipalities}.");
            }

            if (round >= WarmUpRounds)
            {
                single.Add(singleMs);
                all.Add(allMs);
            }
        }

        return new PagingResult(repetitions, pages, seen, Stats.Median(all), Stats.Median(single));
    }

    private async Task<(int Pages, int Municipalities)> FetchAllAsync(CancellationToken ct)
    {
        string? after = null;
        var pages = 0;
        var municipalities = 0;
        while (true)
        {
            var page = await FetchPageAsync(after, ct);
            pages++;
            municipalities += page.Count;
            if (!page.HasNextPage)
            {
                return (pages, municipalities);
            }

            after = page.EndCursor ?? throw new InvalidOperationException($"Page {pages} says there is a next page but has no endCursor.");
        }
    }

    private async Task<(int Count, bool HasNextPage, string? EndCursor)> FetchPageAsync(string? after, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync(graphql, new { query = Query, variables = new { after } }, ct);
        var body = await response.Content.ReadAsStringAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"Municipalities page failed with {(int)response.StatusCode}: {body}");
        }

        using var document = JsonDocument.Parse(body);
        if (document.RootElement.TryGetProperty("errors", out var errors))
        {
            throw new InvalidOperationException($"Municipalities page returned errors: {errors}");
        }

        var connection = document.RootElement.GetProperty("data").GetProperty("municipalities");
        var edges = connection.GetProperty("edges");
        if (edges.GetArrayLength() > PageSize)
        {
            throw new InvalidOperationException($"A page held {edges.GetArrayLength()} municipalities; asked for {PageSize}.");
        }

        var pageInfo = connection.GetProperty("pageInfo");
        return (edges.GetArrayLength(), pageInfo.GetProperty("hasNextPage").GetBoolean(), pageInfo.GetProperty("endCursor").GetString());
    }
}
