namespace Platform.Tests.Work;

/// <summary>A caseworker's calls to the work API over HTTP, on top of <see cref="CaseApi"/>.</summary>
public sealed class WorkApi(CaseApi caller)
{
    /// <summary>Every field of a work item, as a fragment.</summary>
    public const string ItemFields = """
        fragment ItemFields on WorkItem { id kind caseId text dueAt assignee status note channel with place createdBy updatedAt contactId }
        """;

    /// <summary>The caller.</summary>
    public CaseApi Caller => caller;

    /// <summary>Runs work mutation <paramref name="name"/> and returns its payload.</summary>
    public async Task<JsonNode> MutateAsync(string name, object input)
    {
        var data = await caller.QueryAsync(Mutation(name), new { input });
        return data[name]!;
    }

    /// <summary>Runs work mutation <paramref name="name"/> and returns the whole response (for GraphQL errors).</summary>
    public Task<JsonNode> MutateRawAsync(string name, object input) => caller.PostAsync(Mutation(name), new { input });

    /// <summary>A mutation that must succeed; returns the item.</summary>
    public async Task<JsonNode> OkAsync(string name, object input)
    {
        var payload = await MutateAsync(name, input);
        Assert.True(payload["errors"]!.AsArray().Count == 0, $"{name}: {payload.ToJsonString()}");
        return payload["workItem"]!;
    }

    /// <summary>The code of the one user error of a refused mutation (and no item).</summary>
    public async Task<string> RefusedAsync(string name, object input)
    {
        var payload = await MutateAsync(name, input);
        Assert.True(payload["workItem"] is null, $"{name}: {payload.ToJsonString()}");
        return (string)Assert.Single(payload["errors"]!.AsArray())!["code"]!;
    }

    /// <summary>The caller's items due as asked.</summary>
    public async Task<JsonArray> MyWorkAsync(string due) =>
        (await caller.QueryAsync("query($due: WorkDue!) { myWork(due: $due) { ...ItemFields } }" + ItemFields, new { due }))["myWork"]!.AsArray();

    private static string Mutation(string name) =>
        $$"""mutation($input: {{char.ToUpperInvariant(name[0])}}{{name[1..]}}Input!) { {{name}}(input: $input) { clientMutationId workItem { ...ItemFields } errors { code message field } } }""" + ItemFields;
}
