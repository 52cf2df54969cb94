namespace Platform.Tests.Http;

/// <summary>
/// The limits of <c>GraphQL:Limits</c>, at their defaults: each attack is refused before any
/// resolver runs. Each test has a host of its own (default body limit, so the attacks fit in it).
/// </summary>
public sealed class GraphQLLimitsTests : IAsyncLifetime
{
    private GraphQLHttpHost host = null!;

    /// <inheritdoc/>
    public async Task InitializeAsync() => host = await GraphQLHttpHost.StartAsync(new Dictionary<string, string?>
    {
        ["GraphQL:RateLimit:Enabled"] = "false",
    });

    /// <inheritdoc/>
    public Task DisposeAsync() => host.DisposeAsync();

    [Fact]
    public async Task Post_QueryNested50Deep_IsRefusedBeforeExecution()
    {
        var query = "{ counted " + string.Concat(Enumerable.Repeat("items(first: 1) { ", 49)) + "number" + new string('}', 49) + " }";

        var error = await RefusedBeforeExecutionAsync(query);

        Assert.Contains("GraphQL:Limits:MaxDepth", error);
    }

    [Fact]
    public async Task Post_DocumentWith1000Aliases_IsRefusedBeforeExecution()
    {
        var query = "{ " + string.Join(' ', Enumerable.Range(0, 1000).Select(i => $"a{i}: counted")) + " }";

        var error = await RefusedBeforeExecutionAsync(query);

        Assert.Contains("GraphQL:Limits:MaxAliases", error);
    }

    [Fact]
    public async Task Post_DocumentWith100Operations_IsRefusedBeforeExecution()
    {
        var query = string.Join('\n', Enumerable.Range(0, 100).Select(i => $"query Q{i} {{ counted }}"));

        var error = await RefusedBeforeExecutionAsync(query, operationName: "Q0");

        Assert.Contains("GraphQL:Limits:MaxOperations", error);
    }

    [Fact]
    public async Task Post_AliasesHiddenInAFragment_AreCounted()
    {
        var query = "query { ...F } fragment F on Query { " + string.Join(' ', Enumerable.Range(0, 31).Select(i => $"a{i}: counted")) + " }";

        Assert.Contains("GraphQL:Limits:MaxAliases", await RefusedBeforeExecutionAsync(query));
    }

    [Fact]
    public async Task Post_DepthThroughFragments_IsCounted()
    {
        var query = "{ items(first: 1) { ...A } } fragment A on Item { items(first: 1) { ...B } } "
            + "fragment B on Item { " + string.Concat(Enumerable.Repeat("items(first: 1) { ", 14)) + "number" + new string('}', 14) + " }";

        Assert.Contains("GraphQL:Limits:MaxDepth", await RefusedBeforeExecutionAsync(query));
    }

    [Fact]
    public async Task Post_5000RepeatedFieldsWithoutAliases_IsRefusedBeforeValidation()
    {
        // No alias, depth 1, cost 5,000: within every other limit, and quadratic for the
        // overlapping-fields rule (about 20 s of CPU before this limit existed).
        var query = "{ " + string.Join(' ', Enumerable.Repeat("counted", 5000)) + " }";

        Assert.Contains("GraphQL:Limits:MaxSelections", await RefusedBeforeExecutionAsync(query));
    }

    [Fact]
    public async Task Post_SelectionsOfAFragment_AreCountedOncePerSpread()
    {
        // 100 fields spread 20 times: 2,000 selections for validation to compare, in a short document.
        var query = "{ " + string.Join(' ', Enumerable.Repeat("...F", 20)) + " } fragment F on Query { "
            + string.Join(' ', Enumerable.Repeat("counted", 100)) + " }";

        Assert.Contains("GraphQL:Limits:MaxSelections", await RefusedBeforeExecutionAsync(query));
    }

    [Fact]
    public async Task Post_QueryCostingMoreThanTheMaximum_IsRefusedBeforeExecution()
    {
        // 1 + 100 × (1 + 100 × (1 + 1)) = 20,101 > 10,000
        const string query = "{ counted items(first: 100) { items(first: 100) { number counted: number } } }";

        Assert.Contains("GraphQL:Limits:MaxComplexity", await RefusedBeforeExecutionAsync(query));
    }

    [Fact]
    public async Task Post_CostFromVariables_IsCheckedOnEveryRequestOfACachedDocument()
    {
        const string query = "query ($n: Int) { counted items(first: $n) { items(first: $n) { number } } }";

        using (var cheap = await host.PostQueryAsync(query, new { n = 2 }))
            Assert.Equal(HttpStatusCode.OK, cheap.StatusCode);

        var error = await RefusedBeforeExecutionAsync(query, new { n = 100 });
        Assert.Contains("GraphQL:Limits:MaxComplexity", error);
    }

    [Fact]
    public async Task Post_RuleThatDependsOnTheCaller_RunsAgainForADocumentAlreadyValidated()
    {
        var query = "{ hello counted }";

        using (var allowed = await host.PostJsonAsync(new { query }, subject: "alice"))
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        using var denied = await host.PostJsonAsync(new { query }, subject: DeniedSubjectRule.Subject);

        Assert.Equal(HttpStatusCode.BadRequest, denied.StatusCode);
        Assert.Equal(ErrorCodes.Forbidden, await GraphQLHttpHost.SingleErrorCodeAsync(denied));
    }

    [Fact]
    public async Task Post_QueryWithinTheLimits_Runs()
    {
        const string query = "{ items(first: 100) { number items(first: 40) { number } } }";

        using var response = await host.PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False((await GraphQLHttpHost.ReadJsonAsync(response)).TryGetProperty("errors", out _));
    }

    private async Task<string> RefusedBeforeExecutionAsync(string query, object? variables = null, string? operationName = null)
    {
        var before = host.Resolvers.Count;

        using var response = await host.PostQueryAsync(query, variables, operationName);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await GraphQLHttpHost.ReadJsonAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        Assert.Equal(ErrorCodes.QueryTooComplex, Assert.Single(GraphQLHttpHost.ErrorCodesOf(body)));
        Assert.Equal(before, host.Resolvers.Count);
        return body.GetProperty("errors")[0].GetProperty("message").GetString()!;
    }
}
