using System.Diagnostics;
using System.Net;

namespace Platform.Benchmarks;

/// <summary>
/// Closed-loop load: a fixed number of clients share one <see cref="HttpClient"/>, each
/// sending its next request as soon as the last one answered. After a warm-up, the
/// requests completed in a fixed window are counted and their latencies kept.
/// </summary>
/// <param name="http">The shared client (its handler allows enough connections for every client).</param>
/// <param name="clients">How many requests are in flight at once.</param>
/// <param name="warmUp">Load before measuring: JIT, connection pool, grain activation.</param>
/// <param name="window">How long to measure.</param>
internal sealed class LoadRunner(HttpClient http, int clients, TimeSpan warmUp, TimeSpan window)
{
    /// <summary>
    /// Runs the load. <paramref name="isExpected"/> sees every response body; a response
    /// that is not 200, or whose body it rejects, fails the run with the body in the message.
    /// </summary>
    public async Task<LoadResult> RunAsync(
        string name, Func<HttpRequestMessage> newRequest, Func<string, bool> isExpected, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var measureFrom = warmUp;
        var measureUntil = warmUp + window;
        var workers = Enumerable.Range(0, clients)
            .Select(_ => Task.Run(() => ClientLoopAsync(name, newRequest, isExpected, clock, measureFrom, measureUntil, ct), ct))
            .ToArray();
        var perClient = await Task.WhenAll(workers);

        var latencies = perClient.SelectMany(list => list).ToArray();
        if (latencies.Length == 0)
        {
            throw new InvalidOperationException($"{name}: no request completed inside the measured window.");
        }

        return new LoadResult(name, latencies.Length, window.TotalSeconds, Stats.Percentile(latencies, 50), Stats.Percentile(latencies, 99));
    }

    private async Task<List<double>> ClientLoopAsync(
        string name, Func<HttpRequestMessage> newRequest, Func<string, bool> isExpected,
        Stopwatch clock, TimeSpan measureFrom, TimeSpan measureUntil, CancellationToken ct)
    {
        var latencies = new List<double>(capacity: 4096);
        while (clock.Elapsed < measureUntil)
        {
            var sent = clock.Elapsed;
            using var request = newRequest();
            using var response = await http.SendAsync(request, ct);
            var body = await response.Content.ReadAsStringAsync(ct);
            var answered = clock.Elapsed;

            if (response.StatusCode != HttpStatusCode.OK || !isExpected(body))
            {
                throw new InvalidOperationException(
                    $"{name}: unexpected response {(int)response.StatusCode} {response.StatusCode}: {Truncate(body)}");
            }

            // A request counts when it is answered inside the window: requests per second is
            // completions per second, as a client sees it.
            if (answered >= measureFrom && answered <= measureUntil)
            {
                latencies.Add((answered - sent).TotalMilliseconds);
            }
        }

        return latencies;
    }

    private static string Truncate(string body) => body.Length <= 500 ? body : body[..500] + "…";
}
