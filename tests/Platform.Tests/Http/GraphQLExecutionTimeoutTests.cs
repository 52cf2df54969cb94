namespace Platform.Tests.Http;

/// <summary><c>GraphQL:Limits:ExecutionTimeout</c>: a query that runs too long is cancelled and answered at once.</summary>
public sealed class GraphQLExecutionTimeoutTests
{
    [Fact]
    public async Task Post_QueryRunningPastTheTimeout_GetsQueryTooComplexWithoutWaitingForIt()
    {
        await using var host = await GraphQLHttpHost.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:RateLimit:Enabled"] = "false",
            ["GraphQL:Limits:ExecutionTimeout"] = "00:00:00.200",
        });
        // A first request pays for connecting and JIT; the timing below is the limit's alone.
        using (await host.PostQueryAsync("{ hello }"))
        {
        }
        var clock = Stopwatch.StartNew();

        using var response = await host.PostQueryAsync("{ slow }");

        // The resolver takes 5 s and ignores cancellation; the answer came while it still ran.
        Assert.True(HttpTestSchema.SlowRunning > 0, $"the answer waited for the resolver ({clock.Elapsed})");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await GraphQLHttpHost.ReadJsonAsync(response);
        Assert.Equal(ErrorCodes.QueryTooComplex, Assert.Single(GraphQLHttpHost.ErrorCodesOf(body)));
        Assert.Contains("GraphQL:Limits:ExecutionTimeout", body.GetProperty("errors")[0].GetProperty("message").GetString());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, body.GetProperty("data").ValueKind);
    }

    [Fact]
    public async Task Post_DocumentSlowToValidate_IsAnsweredAtTheTimeoutWithoutWaitingForValidation()
    {
        await using var host = await GraphQLHttpHost.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:RateLimit:Enabled"] = "false",
            ["GraphQL:Limits:ExecutionTimeout"] = "00:00:00.200",
        });
        using (await host.PostQueryAsync("{ hello }"))
        {
        }
        var clock = Stopwatch.StartNew();

        using var response = await host.PostQueryAsync($"{{ {SlowValidationRule.Alias}: hello }}");

        // The rule blocks for 5 s and never looks at the token; the answer came while it still ran.
        // (No tighter clock: on a loaded machine the 200 ms timer itself can fire late.)
        Assert.True(SlowValidationRule.Busy > 0, $"the answer waited for validation ({clock.Elapsed})");
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(4), $"took {clock.Elapsed}");
        var body = await GraphQLHttpHost.ReadJsonAsync(response);
        Assert.Equal(ErrorCodes.QueryTooComplex, Assert.Single(GraphQLHttpHost.ErrorCodesOf(body)));
        Assert.Contains("GraphQL:Limits:ExecutionTimeout", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }
}
