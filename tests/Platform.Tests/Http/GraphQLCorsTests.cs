namespace Platform.Tests.Http;

/// <summary><c>GraphQL:Cors</c>: browser apps on the listed origins may call <c>/graphql</c>; others may not.</summary>
public sealed class GraphQLCorsTests
{
    private const string App = "https://app.example.jp";

    [Fact]
    public async Task Preflight_FromAllowedOrigin_IsAnsweredWithTheAllowedHeaders()
    {
        await using var host = await StartAsync(App);

        using var response = await host.Client.SendAsync(Preflight(App));

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        Assert.Equal(App, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var allowed = string.Join(',', response.Headers.GetValues("Access-Control-Allow-Headers")).ToLowerInvariant();
        Assert.Contains("authorization", allowed);
        Assert.Contains("content-type", allowed);
        Assert.Contains("POST", string.Join(',', response.Headers.GetValues("Access-Control-Allow-Methods")));
    }

    [Theory]
    [InlineData(App, "https://evil.example")]
    [InlineData(null, App)]
    public async Task Preflight_FromOtherOrigin_OrWithNoneConfigured_AllowsNothing(string? configured, string origin)
    {
        await using var host = await StartAsync(configured);

        using var response = await host.Client.SendAsync(Preflight(origin));

        Assert.False(response.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Post_FromAllowedOrigin_ExposesTheRateLimitHeaders()
    {
        await using var host = await StartAsync(App, rateLimit: true);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql")
        {
            Content = new StringContent("""{"query":"{ hello }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("Origin", App);

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(App, Assert.Single(response.Headers.GetValues("Access-Control-Allow-Origin")));
        var exposed = string.Join(',', response.Headers.GetValues("Access-Control-Expose-Headers"));
        Assert.Contains("RateLimit-Remaining", exposed);
        Assert.Contains("RateLimit-Reset", exposed);
        Assert.True(response.Headers.Contains("RateLimit-Remaining"));
    }

    private static HttpRequestMessage Preflight(string origin)
    {
        var request = new HttpRequestMessage(HttpMethod.Options, "/graphql");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "authorization,content-type");
        return request;
    }

    private static Task<GraphQLHttpHost> StartAsync(string? origin, bool rateLimit = false) =>
        GraphQLHttpHost.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:RateLimit:Enabled"] = rateLimit ? "true" : "false",
            ["GraphQL:Cors:AllowedOrigins:0"] = origin,
        });
}
