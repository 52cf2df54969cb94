using Microsoft.Extensions.Options;
using Orleans.Configuration;

namespace Platform.Tests.Hosting;

/// <summary>
/// On SIGTERM a silo reports not ready at once but keeps serving for <c>Operations:DrainDelaySeconds</c>,
/// so the load balancer takes it out before it stops listening.
/// </summary>
public sealed class DrainTests
{
    [Fact]
    public async Task Stopping_ReadinessAnswers503AtOnce_WhileGraphQLStillAnswersDuringTheDelay()
    {
        await using var host = await PlatformHost.StartAsync(connectionString: null,
            extraSettings: new Dictionary<string, string?> { [OperationsHostingExtensions.DrainDelaySetting] = "4" });
        Assert.True(host.App.Services.GetRequiredService<IOptions<LoadSheddingOptions>>().Value.LoadSheddingEnabled);
        await WaitUntilReadyAsync(host);
        var clock = Stopwatch.StartNew();

        var stopping = host.App.StopAsync(); // what SIGTERM does: StopApplication, then the hosted services stop

        using var ready = await host.Http.GetAsync(HealthEndpoints.ReadyPath);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("stopping", JsonNode.Parse(await ready.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
        var (status, body) = await host.PostAsync("{ __typename }");
        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Query", body["data"]!["__typename"]!.GetValue<string>());
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(3), $"the checks took {clock.Elapsed}; the delay may have passed");
        await stopping;
        Assert.True(clock.Elapsed >= TimeSpan.FromSeconds(3.5), $"stopped after {clock.Elapsed}, before the drain delay");
    }

    private static async Task WaitUntilReadyAsync(PlatformHost host)
    {
        for (var attempt = 0; attempt < 60; attempt++)
        {
            using var response = await host.Http.GetAsync(HealthEndpoints.ReadyPath);
            if (response.StatusCode == HttpStatusCode.OK)
                return;
            await Task.Delay(TimeSpan.FromMilliseconds(500));
        }

        Assert.Fail("the silo never became ready");
    }
}
