namespace Platform.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/Platform.Benchmarks -- --notices</c>: how long a
/// notification takes to reach a subscriber connected to another silo. Two Development silos
/// form a cluster on one PostgreSQL (ADO.NET membership, as in docs/operations.md); a caseworker
/// subscribes to <c>notificationReceived</c> over GraphQL over Server-Sent Events on silo 2; a
/// supervisor reassigns a case to them through silo 1, and the clock runs from sending the
/// mutation to reading the event. Between samples the case goes back to another worker (no
/// notice for the subscriber), so that every sample is a fresh notice.
/// </summary>
internal static class NoticeRun
{
    private const int WarmUps = 3;
    private const int Samples = 40;
    private const string Tenant = "132292";
    private const string Worker = "bench-worker-b";
    private const string Other = "bench-worker-a";

    private const string Reassign =
        "mutation($input: ReassignCaseInput!) { reassignCase(input: $input) { case { id } errors { code } } }";

    private const string Subscription = "subscription { notificationReceived { kind objectId } }";

    private static readonly string[] ClusterSettings = ["Cluster:Membership=AdoNet", "Cluster:AdvertisedAddress=127.0.0.1"];

    /// <summary>Builds the silo, runs the two-silo measurement and prints it; 0 when every step succeeded.</summary>
    public static async Task<int> RunAsync(HttpClient http, CancellationToken ct)
    {
        try
        {
            var siloDll = await SiloBuild.BuildAsync(SiloBuild.FindRepositoryRoot(), ct);
            using var data = DataFolder.Create("platform-bench");
            var (first, _) = await BenchmarkSilo.StartAsync(siloDll, data.FullPath, ct, environment: "Development", settings: ClusterSettings);
            using (first)
            {
                var (second, _) = await BenchmarkSilo.StartAsync(siloDll, data.FullPath, ct, environment: "Development", settings: ClusterSettings);
                using (second)
                {
                    try
                    {
                        var (answered, received) = await MeasureAsync(siloDll, data.FullPath, first, second, http, ct);
                        Console.WriteLine();
                        Console.WriteLine($"| From sending reassignCase to silo 1 ({received.Count} samples) | p50 | p99 | max |");
                        Console.WriteLine("|---|---|---|---|");
                        Console.WriteLine($"| its answer (the mutation alone) | {Stats.Percentile(answered, 50):F1} ms | {Stats.Percentile(answered, 99):F1} ms | {answered.Max():F1} ms |");
                        Console.WriteLine($"| the notice read by the SSE subscriber on silo 2 | {Stats.Percentile(received, 50):F1} ms | {Stats.Percentile(received, 99):F1} ms | {received.Max():F1} ms |");
                    }
                    finally
                    {
                        await second.StopAsync(BenchmarkSilo.StopTimeout);
                    }
                }

                await first.StopAsync(BenchmarkSilo.StopTimeout);
            }
        }
        catch (Exception ex) when (ex is InvalidOperationException or TimeoutException or OperationCanceledException or IOException)
        {
            Console.Error.WriteLine($"FAILED: {ex.Message}");
            return 1;
        }

        return 0;
    }

    private static async Task<(List<double> Answered, List<double> Received)> MeasureAsync(string siloDll, string dataFolder, SiloProcess first, SiloProcess second, HttpClient http, CancellationToken ct)
    {
        var supervisorToken = await DevelopmentToken.MintAsync(siloDll, dataFolder, Tenant, "Supervisor", ct, subject: "bench-supervisor");
        var workerToken = await DevelopmentToken.MintAsync(siloDll, dataFolder, Tenant, "Caseworker", ct, subject: Worker);
        var supervisor = new GraphQLClient(http, new Uri(first.Address, "graphql"), supervisorToken);
        var caseId = await new CaseClient(supervisor).OpenAsync(ct);
        await ReassignAsync(supervisor, caseId, Other, ct);

        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(second.Address, "graphql/stream"))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = Subscription }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", workerToken);
        using var stream = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, ct);
        if (!stream.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"The subscription answered {(int)stream.StatusCode}: {await stream.Content.ReadAsStringAsync(ct)}");
        }

        using var reader = new StreamReader(await stream.Content.ReadAsStreamAsync(ct));
        var (answered, received) = (new List<double>(), new List<double>());
        for (var i = 0; i < WarmUps + Samples; i++)
        {
            // The event may come before the answer: it is read concurrently with the mutation.
            var clock = Stopwatch.StartNew();
            async Task<(string Data, double At)> ArrivalAsync() => (await NextEventDataAsync(reader, ct), clock.Elapsed.TotalMilliseconds);
            var arrival = ArrivalAsync();
            await ReassignAsync(supervisor, caseId, Worker, ct);
            var answer = clock.Elapsed.TotalMilliseconds;
            var (data, elapsed) = await arrival;
            if (!data.Contains("CASE_REASSIGNED", StringComparison.Ordinal))
            {
                throw new InvalidOperationException($"Expected a CASE_REASSIGNED notice, got: {data}");
            }

            if (i >= WarmUps)
            {
                answered.Add(answer);
                received.Add(elapsed);
            }

            await ReassignAsync(supervisor, caseId, Other, ct);
        }

        return (answered, received);
    }

    private static async Task ReassignAsync(GraphQLClient supervisor, string caseId, string assignee, CancellationToken ct)
    {
        var input = new { caseId, assignee, clientMutationId = Guid.NewGuid().ToString("N") };
        GraphQLClient.Payload(await supervisor.PostAsync(Reassign, new { input }, ct), "reassignCase");
    }

    // One "next" event of the distinct-connections protocol; keep-alive comments are skipped.
    private static async Task<string> NextEventDataAsync(StreamReader reader, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromSeconds(30));
        string? name = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0 && name is not null)
            {
                if (name == "next")
                {
                    return data.ToString();
                }

                name = null;
                data.Clear();
            }
            else if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Append(line["data: ".Length..]);
            }
        }

        throw new InvalidOperationException("The subscription ended before a notice arrived.");
    }
}
