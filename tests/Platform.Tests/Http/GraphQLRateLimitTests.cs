using System.Net;
using Platform.GraphQL.Errors;

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

    private static Task<GraphQLHttpHost> StartAsync(int burst) => GraphQLHttpHost.StartAsync(new Dictionary<string, string?>
    {
        // Rate limiting is on by default; a slow refill keeps the tests independent of timing.
        ["GraphQL:RateLimit:PermitsPerMinute"] = "1",
        ["GraphQL:RateLimit:Burst"] = burst.ToString(System.Globalization.CultureInfo.InvariantCulture),
    });
}
