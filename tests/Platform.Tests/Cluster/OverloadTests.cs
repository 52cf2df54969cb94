using System.Net.Http.Headers;
using Xunit.Abstractions;

namespace Platform.Tests.Cluster;

/// <summary>
/// One silo process with a small <c>GraphQL:Concurrency</c> limit: 200 clients at once must be
/// shed with 503 and <c>Retry-After</c> (never left to time out), readiness must turn
/// <c>saturated</c>, and the requests it accepts must stay within the queue timeout plus the
/// service time. Cold <c>nodes</c> reads of 50 cases each, four at once, must not exhaust the
/// connection pool.
/// </summary>
[Collection(ClusterCollection.Name)]
public sealed class OverloadTests(ITestOutputHelper output)
{
    private const int Limit = 4;
    private const int QueueLimit = 16;
    private static readonly TimeSpan QueueTimeout = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan SaturatedAfter = TimeSpan.FromSeconds(2);
    private const int Clients = 200;
    private static readonly TimeSpan OverloadFor = TimeSpan.FromSeconds(6);

    // The HTTP and authentication work before the gate, shared by 200 connections on a busy
    // two-core machine: the margin the bound allows on top of queue timeout and service time.
    private static readonly TimeSpan OutsideTheGate = TimeSpan.FromSeconds(1);

    private const int NodesClients = 4;
    private const int NodesPerRequest = 50;

    private const string ReadCases = "{ cases(first: 20) { totalCount nodes { id caseNumber status } } }";

    [Fact]
    public async Task ColdNodesReadsAtOnce_AllAnswered_ThenTwoHundredClients_AreShedWith503_ReadinessSaturates_AcceptedStayWithinTheBound()
    {
        var database = await (await TestPostgres.Shared).CreateDatabaseAsync("cluster_overload");
        var data = TestPostgres.CreateTemporaryFolder();
        var token = DevelopmentTokens.Mint(data, ClusterLoad.Municipality, [Roles.Caseworker], "overload-caseworker", TimeSpan.FromHours(1));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };

        // 200 cases opened by a first silo, which then stops: on the next one every case grain
        // is cold, and a nodes read loads each from PostgreSQL.
        var ids = new ConcurrentBag<string>();
        await using (var first = ClusterSilo.Start(database, data))
        {
            await first.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));
            await Task.WhenAll(Enumerable.Range(0, 8).Select(async _ =>
            {
                while (ids.Count < NodesClients * NodesPerRequest)
                {
                    ids.Add(await ClusterLoad.OpenCaseAsync(http, first.Address, token));
                }
            }));
            first.Terminate();
            await first.WaitForExitAsync(TimeSpan.FromSeconds(60));
        }

        await using var silo = ClusterSilo.Start(database, data,
            $"GraphQL:Concurrency:Limit={Limit}", $"GraphQL:Concurrency:QueueLimit={QueueLimit}",
            $"GraphQL:Concurrency:QueueTimeout={QueueTimeout}", $"GraphQL:Concurrency:SaturatedAfter={SaturatedAfter}");
        await silo.WaitUntilReadyAsync(TimeSpan.FromMinutes(2));

        // Four clients, each reading 50 cold cases with one nodes request, at once: 4 × 8 grain
        // loads at a time against a pool of Storage:MaxPoolSize (30) connections.
        var batches = ids.Take(NodesClients * NodesPerRequest).Chunk(NodesPerRequest).ToArray();
        var nodesClock = Stopwatch.StartNew();
        var reads = await Task.WhenAll(batches.Select(async batch =>
        {
            var (status, body, elapsed) = await SendAsync(http, silo.Address, "query($ids: [ID!]!) { nodes(ids: $ids) { id ... on Case { caseNumber } } }", token, new { ids = batch });
            return (status, body, elapsed, batch);
        }));
        output.WriteLine($"nodes: {NodesClients} requests of {NodesPerRequest} cold cases at once, all answered in {nodesClock.ElapsedMilliseconds} ms " +
            $"({string.Join(", ", reads.Select(r => $"{(int)r.status} {r.elapsed.TotalMilliseconds:F0} ms"))})");
        foreach (var (status, body, _, batch) in reads)
        {
            Assert.True(status == HttpStatusCode.OK && body.Code is null, $"a nodes read failed: {(int)status} {body.Code}");
            Assert.Equal(batch, body.Nodes);
        }

        // Service time: the same read with exactly Limit clients, so none waits at the gate.
        var service = new ConcurrentBag<double>();
        await Task.WhenAll(Enumerable.Range(0, Limit).Select(async _ =>
        {
            for (var i = 0; i < 25; i++)
            {
                var (status, _, elapsed) = await SendAsync(http, silo.Address, ReadCases, token);
                Assert.Equal(HttpStatusCode.OK, status);
                service.Add(elapsed.TotalMilliseconds);
            }
        }));
        var serviceP99 = TimeSpan.FromMilliseconds(LoadFigures.Percentile([.. service.Order()], 0.99));
        var bound = QueueTimeout + serviceP99 + OutsideTheGate;

        // Readiness, probed every 200 ms as a load balancer would.
        var readiness = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource(OverloadFor);
        var probing = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                using var response = await http.GetAsync(new Uri(silo.Address, "health/ready"));
                readiness.Enqueue(response.StatusCode == HttpStatusCode.OK ? "ready"
                    : JsonNode.Parse(await response.Content.ReadAsStringAsync())?["status"]?.GetValue<string>() ?? "?");
                await Task.Delay(ReadyBalancer.ProbePeriod);
            }
        });

        var outcomes = new ConcurrentBag<(HttpStatusCode Status, bool RetryAfter, string? Code, double Ms)>();
        using var clients = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        await Task.WhenAll(Enumerable.Range(0, Clients).Select(_ => Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                var (status, body, elapsed) = await SendAsync(clients, silo.Address, ReadCases, token);
                outcomes.Add((status, body.RetryAfter, body.Code, elapsed.TotalMilliseconds));
                await Task.Delay(status == HttpStatusCode.OK ? 0 : 250);
            }
        })));
        await probing;

        var accepted = outcomes.Where(o => o.Status == HttpStatusCode.OK).Select(o => o.Ms).Order().ToArray();
        var shed = outcomes.Where(o => o.Status == HttpStatusCode.ServiceUnavailable).ToList();
        var p99 = LoadFigures.Percentile(accepted, 0.99);
        output.WriteLine($"limit {Limit}, queue {QueueLimit}, queue timeout {QueueTimeout.TotalSeconds} s; service p99 with {Limit} clients {serviceP99.TotalMilliseconds:F0} ms; bound {bound.TotalMilliseconds:F0} ms");
        output.WriteLine($"{Clients} clients for {OverloadFor.TotalSeconds} s: {outcomes.Count} requests, {accepted.Length} accepted " +
            $"(p50 {LoadFigures.Percentile(accepted, 0.5):F0} ms, p99 {p99:F0} ms, max {accepted.LastOrDefault():F0} ms), {shed.Count} shed with 503 " +
            $"(p50 {LoadFigures.Percentile([.. shed.Select(s => s.Ms).Order()], 0.5):F0} ms), " +
            $"{outcomes.Count - accepted.Length - shed.Count} other; readiness: {string.Join(" ", Collapse(readiness))}");

        Assert.All(outcomes, o => Assert.True(o.Status is HttpStatusCode.OK or HttpStatusCode.ServiceUnavailable, $"answered {o.Status} {o.Code}"));
        Assert.NotEmpty(shed);
        Assert.All(shed, s => Assert.True(s.RetryAfter && s.Code == "UNAVAILABLE", $"a 503 without Retry-After or UNAVAILABLE ({s.Code})"));
        Assert.Contains("saturated", readiness);
        Assert.True(accepted.Length >= Limit * OverloadFor.TotalSeconds, $"only {accepted.Length} requests were served");
        Assert.True(p99 <= bound.TotalMilliseconds, $"accepted requests' p99 {p99:F0} ms is over the bound {bound.TotalMilliseconds:F0} ms");
    }

    private static async Task<(HttpStatusCode Status, (bool RetryAfter, string? Code, string[] Nodes) Body, TimeSpan Elapsed)> SendAsync(
        HttpClient http, Uri silo, string query, string token, object? variables = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(silo, "graphql"))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        var clock = Stopwatch.StartNew();
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        var elapsed = clock.Elapsed;
        var body = JsonNode.Parse(text);
        var code = body?["errors"] is JsonArray { Count: > 0 } errors ? errors[0]?["extensions"]?["code"]?.GetValue<string>() ?? "(no code)" : null;
        var nodes = body?["data"]?["nodes"] is JsonArray found ? found.Select(n => n?["id"]?.GetValue<string>() ?? "(null)").ToArray() : [];
        return (response.StatusCode, (response.Headers.RetryAfter?.Delta > TimeSpan.Zero, code, nodes), elapsed);
    }

    // "ready ready saturated saturated ready" → "ready×2 saturated×2 ready".
    private static IEnumerable<string> Collapse(IEnumerable<string> states)
    {
        var runs = new List<(string State, int Count)>();
        foreach (var state in states)
        {
            if (runs.Count > 0 && runs[^1].State == state)
                runs[^1] = (state, runs[^1].Count + 1);
            else
                runs.Add((state, 1));
        }

        return runs.Select(r => r.Count == 1 ? r.State : $"{r.State}×{r.Count}");
    }
}
