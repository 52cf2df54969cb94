using Microsoft.Extensions.Options;
using Platform.GraphQL.Http.Limits;

namespace Platform.Tests.Http;

/// <summary><c>GraphQL:Concurrency</c>: a silo at its limit refuses at once with 503, and says when it is saturated.</summary>
public sealed class GraphQLConcurrencyTests
{
    [Fact]
    public async Task RequestOverTheLimit_WithTheQueueFull_Gets503WithRetryAfter_AndUnavailableRetryable()
    {
        await using var host = await GraphQLHttpHost.StartAsync(new Dictionary<string, string?>
        {
            ["GraphQL:RateLimit:Enabled"] = "false",
            ["GraphQL:Concurrency:Limit"] = "1",
            ["GraphQL:Concurrency:QueueLimit"] = "0",
        });
        // Each holds the only slot for 5 s; sent together, all but the first find it taken.
        var responses = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => host.PostQueryAsync("{ slow }")));

        try
        {
            Assert.Contains(responses, r => r.StatusCode == HttpStatusCode.OK);
            var refused = Assert.IsType<HttpResponseMessage>(responses.FirstOrDefault(r => r.StatusCode == HttpStatusCode.ServiceUnavailable));
            Assert.True(refused.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing");
            var body = await GraphQLHttpHost.ReadJsonAsync(refused);
            Assert.False(body.TryGetProperty("data", out _));
            var extensions = body.GetProperty("errors")[0].GetProperty("extensions");
            Assert.Equal(ErrorCodes.Unavailable, extensions.GetProperty("code").GetString());
            Assert.True(extensions.GetProperty("retryable").GetBoolean());
        }
        finally
        {
            foreach (var response in responses)
                response.Dispose();
        }

        using var after = await host.PostQueryAsync("{ counted }");
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task Gate_IsSaturatedOnlyAfterSustainedRefusals_AndRecoversWhenQuiet()
    {
        var clock = new ManualClock();
        using var gate = new GraphQLConcurrencyGate(Options.Create(new GraphQLConcurrencyOptions
        {
            Limit = 1, QueueLimit = 0, QueueTimeout = TimeSpan.Zero, SaturatedAfter = TimeSpan.FromSeconds(10),
        }), clock);
        using var held = await gate.EnterAsync(CancellationToken.None);
        Assert.NotNull(held);

        Assert.Null(await gate.EnterAsync(CancellationToken.None));
        Assert.False(gate.IsSaturated); // one refusal is a spike, not an overload
        for (var i = 0; i < 11; i++)
        {
            clock.Advance(TimeSpan.FromSeconds(1));
            Assert.Null(await gate.EnterAsync(CancellationToken.None));
        }
        Assert.True(gate.IsSaturated);

        // Out of the load balancer, it gets no requests: it must not stay unready for ever.
        clock.Advance(TimeSpan.FromSeconds(2));
        Assert.False(gate.IsSaturated);
    }

    [Fact]
    public async Task Gate_IsSaturatedWhileMostRequestsAreRefused_EvenWhenSlotsFreeUpBetweenThem()
    {
        var clock = new ManualClock();
        using var gate = new GraphQLConcurrencyGate(Options.Create(new GraphQLConcurrencyOptions
        {
            Limit = 1, QueueLimit = 0, QueueTimeout = TimeSpan.Zero, SaturatedAfter = TimeSpan.FromSeconds(10),
        }), clock);

        // Every half second one request gets the slot and finishes, and three are refused while it runs.
        for (var i = 0; i < 24; i++)
        {
            using (var served = await gate.EnterAsync(CancellationToken.None))
            {
                Assert.NotNull(served);
                for (var refused = 0; refused < 3; refused++)
                    Assert.Null(await gate.EnterAsync(CancellationToken.None));
            }

            clock.Advance(TimeSpan.FromMilliseconds(500));
        }

        Assert.True(gate.IsSaturated);
    }

    private sealed class ManualClock : TimeProvider
    {
        private DateTimeOffset _now = new(2026, 12, 2, 0, 0, 0, TimeSpan.Zero);

        public override DateTimeOffset GetUtcNow() => _now;

        public void Advance(TimeSpan by) => _now += by;
    }
}
