namespace Platform.Benchmarks;

/// <summary>
/// Adds follow-up tasks over GraphQL (<c>addTask</c>) to a tenant's cases, spread round the
/// cases, due from 5 days ago to 60 days ahead (so some are overdue, some in the week, most
/// later), spread over the city's <see cref="Workers"/> caseworkers (the caller is one of them),
/// until the target or the time budget is reached.
/// </summary>
/// <param name="client">The caseworker who adds the tasks, and holds one share of them.</param>
internal sealed class TaskFill(GraphQLClient client)
{
    /// <summary>The figure for a tenant with 10,000 cases.</summary>
    public const int Target = 30_000;

    /// <summary>The longest the task fill may take; the count reached is reported.</summary>
    public static readonly TimeSpan Budget = TimeSpan.FromMinutes(10);

    /// <summary>The caseworkers the tasks are spread over: a city with 10,000 open cases has a team, not one worker.</summary>
    public const int Workers = 20;

    private const string AddTask = "mutation($input: AddTaskInput!) { addTask(input: $input) { workItem { id } errors { code } } }";
    private static readonly TimeSpan Japan = TimeSpan.FromHours(9);

    /// <summary>Adds tasks with <paramref name="clients"/> concurrent clients; returns how many and in how many seconds.</summary>
    public async Task<(int Added, double Seconds)> RunAsync(int clients, CancellationToken ct)
    {
        var caseIds = await CaseIdsAsync(ct);
        var today = DateTimeOffset.UtcNow.ToOffset(Japan).Date;
        var clock = Stopwatch.StartNew();
        var issued = 0;
        var added = 0;
        async Task AddUntilDoneAsync()
        {
            int n;
            while (clock.Elapsed < Budget && (n = Interlocked.Increment(ref issued)) <= Target)
            {
                var due = new DateTimeOffset(today.AddDays((n % 66) - 5).AddHours(10), Japan);
                var assignee = n % Workers == 0 ? null : $"bench-worker-{n % Workers:00}";
                var input = new { caseId = caseIds[n % caseIds.Count], text = "家族に電話で近況を確認する", dueAt = due.ToString("yyyy-MM-dd'T'HH:mm:sszzz"), assignee, clientMutationId = Guid.NewGuid().ToString("N") };
                GraphQLClient.Payload(await client.PostAsync(AddTask, new { input }, ct), "addTask");
                Interlocked.Increment(ref added);
            }
        }

        await Task.WhenAll(Enumerable.Range(0, clients).Select(_ => Task.Run(AddUntilDoneAsync, ct)));
        return (added, clock.Elapsed.TotalSeconds);
    }

    private async Task<List<string>> CaseIdsAsync(CancellationToken ct)
    {
        const string page = "query($after: String) { cases(first: 100, after: $after) { edges { node { id } } pageInfo { hasNextPage endCursor } } }";
        var ids = new List<string>();
        string? after = null;
        while (true)
        {
            var cases = (await client.PostAsync(page, new { after }, ct)).GetProperty("cases");
            ids.AddRange(cases.GetProperty("edges").EnumerateArray().Select(e => e.GetProperty("node").GetProperty("id").GetString()!));
            var info = cases.GetProperty("pageInfo");
            if (!info.GetProperty("hasNextPage").GetBoolean())
            {
                return ids.Count > 0 ? ids : throw new InvalidOperationException("The tenant has no case to add tasks to.");
            }

            after = info.GetProperty("endCursor").GetString();
        }
    }
}
