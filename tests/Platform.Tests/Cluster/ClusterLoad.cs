using System.Net.Http.Headers;

namespace Platform.Tests.Cluster;

/// <summary>
/// A steady stream of a caseworker's requests through a <see cref="ReadyBalancer"/>: cases opened
/// and contacts recorded, each with its own <c>clientMutationId</c> and retried with the same one
/// until acknowledged, and reads of cases and of the case list in between. Every attempt is
/// recorded (<see cref="Attempts"/>); <see cref="VerifyAsync"/> then reads everything back.
/// </summary>
public sealed partial class ClusterLoad(ReadyBalancer balancer, string token, IReadOnlyList<string> cases) : IDisposable
{
    private readonly HttpClient _http = new() { Timeout = TimeSpan.FromSeconds(20) };
    private readonly ConcurrentDictionary<string, string> _contacts = new(); // operation id -> case id
    private readonly ConcurrentDictionary<string, string> _opened = new(); // operation id -> case id
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private int _operations;

    /// <summary>The pause of each worker between two operations.</summary>
    public static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(100);

    /// <summary>Every attempt, in the order they were answered.</summary>
    public ConcurrentQueue<Attempt> Attempts { get; } = new();

    /// <summary>Operations acknowledged so far (opened cases and recorded contacts).</summary>
    public int Acknowledged => _contacts.Count + _opened.Count;

    /// <summary>Runs <paramref name="workers"/> request loops until <paramref name="stop"/> is cancelled; each finishes the operation it is on.</summary>
    public Task RunAsync(int workers, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(_ => Task.Run(() => WorkAsync(stop), CancellationToken.None)));

    private async Task WorkAsync(CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            // A steady load that leaves the machine room to start silos: about 10 requests a
            // second per worker, not as many as it can push.
            await Task.Delay(Pause, CancellationToken.None);
            var n = Interlocked.Increment(ref _operations);
            var caseId = cases[n % cases.Count];
            switch (n % 6)
            {
                case 0:
                    var opened = await UntilAcknowledgedAsync("openCase", OpenCase, attempt => new
                    {
                        input = new { clientMutationId = $"open-{n}", openedOn = "2025-04-01", referralSource = "FAMILY", notes = Retry("open", n, attempt) },
                    }, body => body["data"]?["openCase"]?["case"]?["id"]?.GetValue<string>());
                    _opened[$"open-{n}"] = opened;
                    break;
                case 1 or 3 or 5:
                    await UntilAcknowledgedAsync("recordContact", RecordContact, attempt => new
                    {
                        input = new { clientMutationId = $"contact-{n}", caseId, at = "2025-04-01T10:00:00+09:00", channel = "PHONE", with = "FAMILY", notes = Retry("contact", n, attempt) },
                    }, body => body["data"]?["recordContact"]?["case"]?["id"]?.GetValue<string>());
                    _contacts[$"contact-{n}"] = caseId;
                    break;
                case 2:
                    await UntilAcknowledgedAsync("readCase", "query($id: ID!) { case(id: $id) { caseNumber contacts(first: 3) { totalCount } } }",
                        _ => new { id = caseId }, body => body["data"]?["case"]?["contacts"]?["totalCount"]?.ToJsonString());
                    break;
                default:
                    await UntilAcknowledgedAsync("readCases", "{ cases(first: 20) { totalCount nodes { id caseNumber } } }",
                        _ => null, body => body["data"]?["cases"]?["totalCount"]?.ToJsonString());
                    break;
            }
        }
    }

    private static JsonNode? FirstOf(JsonNode? errors) => errors is JsonArray { Count: > 0 } list ? list[0] : null;

    // The notes tell which attempt was applied: a second application of one operation shows.
    private static string Retry(string kind, int n, int attempt) => attempt == 0 ? $"{kind}-{n}" : $"{kind}-{n}-retry{attempt}";

    private async Task<string> UntilAcknowledgedAsync(string kind, string query, Func<int, object?> variables, Func<JsonNode, string?> acknowledged)
    {
        for (var attempt = 0; ; attempt++)
        {
            var silo = await balancer.PickAsync(TimeSpan.FromSeconds(30));
            var started = _clock.Elapsed;
            string? result = null;
            string? code = null;
            var retryable = false;
            var status = 0;
            string? detail = null;
            try
            {
                var (answered, body) = await PostAsync(_http, silo, query, variables(attempt), token);
                status = answered;
                var error = FirstOf(body?["errors"]) ?? (body?["data"] as JsonObject)?.Select(p => FirstOf(p.Value?["errors"])).FirstOrDefault(e => e is not null);
                code = error?["extensions"]?["code"]?.GetValue<string>() ?? error?["code"]?.GetValue<string>();
                retryable = error?["extensions"]?["retryable"]?.GetValue<bool>() == true;
                result = body is null || error is not null ? null : acknowledged(body);
                detail = result is null ? body?.ToJsonString() : null;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
            {
                detail = $"{ex.GetType().Name}: {ex.Message}";
            }

            Attempts.Enqueue(new Attempt(kind, silo, DateTime.UtcNow, _clock.Elapsed - started, status, result is not null, code, retryable, detail));
            if (result is not null)
            {
                return result;
            }

            if (_clock.Elapsed > TimeSpan.FromMinutes(3))
            {
                throw new Xunit.Sdk.XunitException($"A {kind} was never acknowledged; last answer: {detail}");
            }

            await Task.Delay(200);
        }
    }

    /// <summary>
    /// Reads every case back: each acknowledged contact is stored exactly once, each
    /// acknowledged case opened once (no case without an operation), and nothing else is there.
    /// Returns (lost, doubled).
    /// </summary>
    public async Task<(int Lost, int Doubled, List<string> Problems)> VerifyAsync(Uri silo)
    {
        var problems = new List<string>();
        var (lost, doubled) = (0, 0);
        foreach (var caseId in cases)
        {
            var notes = await ReadAllAsync(silo, "query($id: ID!, $after: String) { case(id: $id) { contacts(first: 100, after: $after) { nodes { notes } pageInfo { hasNextPage endCursor } } } }",
                caseId, body => body["data"]!["case"]!["contacts"]!, node => node["notes"]!.GetValue<string>());
            foreach (var (operation, _) in _contacts.Where(c => c.Value == caseId))
            {
                var applied = notes.Count(n => n == operation || n.StartsWith(operation + "-retry", StringComparison.Ordinal));
                (lost, doubled) = (lost + (applied == 0 ? 1 : 0), doubled + (applied > 1 ? 1 : 0));
                if (applied != 1)
                {
                    problems.Add($"{operation} applied {applied} times");
                }
            }

            var unexpected = notes.Count - _contacts.Count(c => c.Value == caseId);
            if (unexpected > 0)
            {
                problems.Add($"case {caseId} holds {unexpected} contacts beyond the acknowledged ones");
            }
        }

        // The case list is the case book's index, which a case updates after its own write and
        // retries every 5 s when that failed (a database outage): wait for it to catch up.
        var expected = cases.Count + _opened.Values.Distinct().Count();
        List<string> listed;
        for (var deadline = DateTime.UtcNow.AddSeconds(20); ; await Task.Delay(500))
        {
            listed = await ReadAllAsync(silo, "query($after: String) { cases(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }",
                null, body => body["data"]!["cases"]!, node => node["id"]!.GetValue<string>());
            if ((listed.Count == expected && _opened.Values.All(listed.Contains)) || DateTime.UtcNow > deadline)
            {
                break;
            }
        }

        foreach (var (operation, caseId) in _opened)
        {
            if (!listed.Contains(caseId))
            {
                lost++;
                problems.Add($"{operation}: case {caseId} is not listed");
            }
        }

        var extra = listed.Count - expected;
        if (extra != 0)
        {
            doubled += Math.Max(extra, 0);
            problems.Add($"{listed.Count} cases listed, {cases.Count} opened before and {_opened.Count} acknowledged during the load");
        }

        return (lost, doubled, problems);
    }

    private async Task<List<string>> ReadAllAsync(Uri silo, string query, string? id, Func<JsonNode, JsonNode> connection, Func<JsonNode, string> value)
    {
        var values = new List<string>();
        string? after = null;
        do
        {
            var (_, body) = await PostAsync(_http, silo, query, id is null ? new { after } : new { id, after }, token);
            var page = body is null ? null : connection(body);
            if (page is null)
            {
                throw new Xunit.Sdk.XunitException($"Reading back failed: {body?.ToJsonString()}");
            }

            values.AddRange(page["nodes"]!.AsArray().Select(n => value(n!)));
            after = page["pageInfo"]!["hasNextPage"]!.GetValue<bool>() ? page["pageInfo"]!["endCursor"]!.GetValue<string>() : null;
        }
        while (after is not null);
        return values;
    }

    private static async Task<(int Status, JsonNode? Body)> PostAsync(HttpClient http, Uri silo, string query, object? variables, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(silo, "graphql"))
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query, variables }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return ((int)response.StatusCode, text.Length == 0 ? null : JsonNode.Parse(text));
    }

    private const string OpenCase = """
        mutation($input: OpenCaseInput!) { openCase(input: $input) { case { id } errors { code } } }
        """;

    private const string RecordContact = """
        mutation($input: RecordContactInput!) { recordContact(input: $input) { case { id } errors { code } } }
        """;

    /// <inheritdoc />
    public void Dispose() => _http.Dispose();

    /// <summary>
    /// One request: what it was, which silo answered, when, how long it took, its HTTP status
    /// (0: no answer), whether it was acknowledged, and otherwise its error code and retryable flag.
    /// </summary>
    public sealed record Attempt(string Kind, Uri Silo, DateTime At, TimeSpan Duration, int Status, bool Succeeded, string? Code, bool Retryable, string? Detail);
}
