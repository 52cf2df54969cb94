using System.Net;

namespace Platform.Benchmarks;

/// <summary>
/// Closed-loop load: a fixed number of clients, each starting its next iteration as soon as
/// the last one finished. After a warm-up, the iterations completed in a fixed window are
/// counted and their latencies kept. An iteration is one HTTP request, or any unit of work
/// (two mutations, one database insert).
/// </summary>
/// <param name="clients">How many iterations are in flight at once.</param>
/// <param name="warmUp">Load before measuring: JIT, connection pool, grain activation.</param>
/// <param name="window">How long to measure.</param>
internal sealed class LoadRunner(int clients, TimeSpan warmUp, TimeSpan window)
{
    /// <summary>
    /// Runs HTTP load through <paramref name="http"/> (its handler must allow enough connections
    /// for every client). <paramref name="isExpected"/> sees every response body; a response
    /// that is not 200, or whose body it rejects, fails the run with the body in the message.
    /// </summary>
    public Task<LoadResult> RunAsync(
        string name, HttpClient http, Func<HttpRequestMessage> newRequest, Func<string, bool> isExpected, CancellationToken ct) =>
        RunAsync(name, async token =>
        {
            using var request = newRequest();
            using var response = await http.SendAsync(request, token);
            var body = await response.Content.ReadAsStringAsync(token);
            if (response.StatusCode != HttpStatusCode.OK || !isExpected(body))
            {
                throw new InvalidOperationException(
                    $"{name}: unexpected response {(int)response.StatusCode} {response.StatusCode}: {Truncate(body)}");
            }
        }, ct);

    /// <summary>Runs <paramref name="iteration"/> in a closed loop; an exception from it fails the run.</summary>
    public async Task<LoadResult> RunAsync(string name, Func<CancellationToken, Task> iteration, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        var measureFrom = warmUp;
        var measureUntil = warmUp + window;
        var workers = Enumerable.Range(0, clients)
            .Select(_ => Task.Run(() => ClientLoopAsync(iteration, clock, measureFrom, measureUntil, ct), ct))
            .ToArray();
        var perClient = await Task.WhenAll(workers);

        var latencies = perClient.SelectMany(list => list).ToArray();
        if (latencies.Length == 0)
        {
            throw new InvalidOperationException($"{name}: nothing completed inside the measured window.");
        }

        return new LoadResult(name, latencies.Length, window.TotalSeconds, Stats.Percentile(latencies, 50), Stats.Percentile(latencies, 99));
    }

    /// <summary>Shortens a response body for an error message.</summary>
    public static string Truncate(string body) => body.Length <= 500 ? body : body[..500] + "…";

    private static async Task<List<double>> ClientLoopAsync(
        Func<CancellationToken, Task> iteration, Stopwatch clock, TimeSpan measureFrom, TimeSpan measureUntil, CancellationToken ct)
    {
        var latencies = new List<double>(capacity: 4096);
        while (clock.Elapsed < measureUntil)
        {
            var started = clock.Elapsed;
            await iteration(ct);
            var finished = clock.Elapsed;

            // An iteration counts when it finishes inside the window: the rate is completions
            // per second, as a client sees it.
            if (finished >= measureFrom && finished <= measureUntil)
            {
                latencies.Add((finished - started).TotalMilliseconds);
            }
        }

        return latencies;
    }
}
