namespace Platform.Tests.Http;

/// <summary><c>GraphQL:RateLimit</c>: a token bucket per caller (token subject, else remote address).</summary>
public sealed class GraphQLRateLimitTests
{
    [Fact]
    public async Task Post_BeyondTheBurst_Gets429WithRetryAfterAndRateLimited()
    {
        await using var host = await StartAsync(burst: 3);

        for (var i = 0; i < 3; i++)
        {
            using var admitted = await host.PostJsonAsync(new { query = "{ hello }" }, subject: "alice");
            Assert.Equal(HttpStatusCode.OK, admitted.StatusCode);
        }
        using var refused = await host.PostJsonAsync(new { query = "{ hello }" }, subject: "alice");

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        var body = await GraphQLHttpHost.ReadJsonAsync(refused);
        Assert.Equal(ErrorCodes.RateLimited, Assert.Single(GraphQLHttpHost.ErrorCodesOf(body)));
        Assert.Contains("Too many requests", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_FromAnotherSubject_HasABucketOfItsOwn()
    {
        await using var host = await StartAsync(burst: 1);

        using var first = await host.PostJsonAsync(new { query = "{ hello }" }, subject: "alice");
        using var again = await host.PostJsonAsync(new { query = "{ hello }" }, subject: "alice");
        using var other = await host.PostJsonAsync(new { query = "{ hello }" }, subject: "bob");
        using var anonymous = await host.PostJsonAsync(new { query = "{ hello }" });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, again.StatusCode);
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.Equal(HttpStatusCode.OK, anonymous.StatusCode);
    }

    [Fact]
    public async Task Post_AnonymousCallers_ShareTheBucketOfTheirAddress()
    {
        await using var host = await StartAsync(burst: 2);

        using var first = await host.PostQueryAsync("{ hello }");
        using var second = await host.GetQueryAsync("{ hello }");
        using var third = await host.PostQueryAsync("{ hello }");

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
    }

    [Fact]
    public async Task Post_WhenDisabled_IsNeverLimited()
    {
        await using var host = await GraphQLHttpHost.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:RateLimit:Enabled"] = "false",
            ["GraphQL:RateLimit:Burst"] = "1",
        });

        for (var i = 0; i < 20; i++)
        {
            using var response = await host.PostQueryAsync("{ hello }");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
    }

    [Fact]
    public async Task Answers_CarryTheCallersQuota_AndA429CarriesRetryAfter()
    {
        await using var host = await StartAsync(burst: 2);

        using var first = await host.PostQueryAsync("{ hello }");
        using var second = await host.GetQueryAsync("{ hello }");
        using var refused = await host.PostQueryAsync("{ hello }");

        Assert.Equal(("2", "1"), (Header(first, "RateLimit-Limit"), Header(first, "RateLimit-Remaining")));
        Assert.Equal(("2", "0"), (Header(second, "RateLimit-Limit"), Header(second, "RateLimit-Remaining")));
        // One request a minute refills the two taken in two minutes at most.
        Assert.InRange(int.Parse(Header(second, "RateLimit-Reset")!, System.Globalization.CultureInfo.InvariantCulture), 60, 120);
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("0", Header(refused, "RateLimit-Remaining"));
        Assert.True(refused.Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
    }

    [Fact]
    public async Task StatisticsCsv_BeyondTheBurst_Gets429AndEveryAnswerCarriesTheQuota()
    {
        await using var host = await StartAsync(burst: 3);

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 4; i++)
            answers.Add(await host.Client.GetAsync("/statistics/national-program-counts.csv?fiscalYear=1"));

        // The first three reach the endpoint (and are refused there for their fiscal year); the fourth is not admitted.
        Assert.Equal(new[] { HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.BadRequest, HttpStatusCode.TooManyRequests },
            answers.Select(a => a.StatusCode));
        Assert.Equal(new[] { "2", "1", "0", "0" }, answers.Select(a => Header(a, "RateLimit-Remaining")));
        Assert.True(answers[3].Headers.RetryAfter?.Delta >= TimeSpan.FromSeconds(1));
        answers.ForEach(a => a.Dispose());
    }

    [Fact]
    public async Task AnonymousCallersBehindATrustedProxy_HaveABucketPerClientAddress()
    {
        await using var host = await GraphQLHttpHost.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:RateLimit:PermitsPerMinute"] = "1",
            ["GraphQL:RateLimit:Burst"] = "1",
            // The test talks to the host over loopback: the loopback is the ingress.
            ["ForwardedHeaders:KnownNetworks:0"] = "127.0.0.0/8",
        });

        using var alice = await PostFromAsync(host, "203.0.113.10");
        using var bob = await PostFromAsync(host, "203.0.113.20");
        using var aliceAgain = await PostFromAsync(host, "203.0.113.10");

        Assert.Equal(HttpStatusCode.OK, alice.StatusCode);
        Assert.Equal(HttpStatusCode.OK, bob.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, aliceAgain.StatusCode);
    }

    [Fact]
    public async Task ForwardedFor_FromAnUntrustedPeer_IsIgnored()
    {
        await using var host = await GraphQLHttpHost.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:RateLimit:PermitsPerMinute"] = "1",
            ["GraphQL:RateLimit:Burst"] = "1",
            ["ForwardedHeaders:KnownProxies:0"] = "192.0.2.1",
        });

        using var first = await PostFromAsync(host, "203.0.113.10");
        using var forged = await PostFromAsync(host, "203.0.113.20");

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, forged.StatusCode);
    }

    private static Task<HttpResponseMessage> PostFromAsync(GraphQLHttpHost host, string client)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ hello }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Forwarded-For", client);
        return host.Client.SendAsync(request);
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.Single() : null;

    private static Task<GraphQLHttpHost> StartAsync(int burst) => GraphQLHttpHost.StartAsync(new Dictionary<string, string?>
    {
        // Rate limiting is on by default; a slow refill keeps the tests independent of timing.
        ["GraphQL:RateLimit:PermitsPerMinute"] = "1",
        ["GraphQL:RateLimit:Burst"] = burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });
}
