namespace Platform.Tests.Http;

/// <summary><c>POST /graphql/stream</c>: what the client sees once the event stream is open.</summary>
public sealed class GraphQLStreamTests
{
    [Fact]
    public async Task TheEndpointSubscribes_BeforeTheClientSeesTheStreamOpen()
    {
        await using var host = await GraphQLHttpHost.StartAsync(new Dictionary<string, string?> { ["GraphQL:RateLimit:Enabled"] = "false" });
        using var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/stream")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query = "subscription { openedBeforeSubscribing }" }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        // A client acts as soon as the headers arrive (it raises the event it waits for): had the
        // endpoint subscribed after sending them, that event could be lost.
        var events = await response.Content.ReadAsStringAsync();
        Assert.Equal(
            "event: next\ndata: {\"data\":{\"openedBeforeSubscribing\":false}}\n\nevent: complete\ndata: \n\n",
            events);
    }
}
