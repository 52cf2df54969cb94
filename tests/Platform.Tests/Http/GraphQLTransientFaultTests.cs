namespace Platform.Tests.Http;

/// <summary>
/// Transient faults (a silo gone, a rejected or timed-out message, the database unreachable or out
/// of connections, a lost write race) reach the client as <c>UNAVAILABLE</c> with
/// <c>retryable: true</c>, and as 503 with <c>Retry-After</c> when nothing of the request succeeded.
/// </summary>
[Collection(GraphQLHttpCollection.Name)]
public sealed class GraphQLTransientFaultTests(GraphQLHttpHost host)
{
    public static TheoryData<string> Kinds => [.. HttpTestFaults.Kinds];

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task WholeRequestFailingTransiently_Is503WithRetryAfter_AndUnavailableRetryable(string kind)
    {
        using var response = await host.PostQueryAsync($"{{ fault(kind: \"{kind}\") }}");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.True(response.Headers.RetryAfter?.Delta > TimeSpan.Zero, "Retry-After is missing");
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("hunter2", text);
        Assert.DoesNotContain("grainstore", text);
        var extensions = JsonDocument.Parse(text).RootElement.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal(ErrorCodes.Unavailable, extensions.GetProperty("code").GetString());
        Assert.True(extensions.GetProperty("retryable").GetBoolean());
    }

    [Fact]
    public async Task WholeRequestFailingTransiently_Is503_ForLegacyJsonClientsToo()
    {
        using var response = await host.PostQueryAsync("{ fault(kind: \"silo-gone\") }", accept: "application/json");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(ErrorCodes.Unavailable, await GraphQLHttpHost.SingleErrorCodeAsync(response));
    }

    [Fact]
    public async Task PartlyFailingRequest_Is200_WithTheDataThatSucceeded_AndARetryableError()
    {
        using var response = await host.PostQueryAsync("{ hello fault(kind: \"message-rejected\") }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(response.Headers.RetryAfter);
        var body = await GraphQLHttpHost.ReadJsonAsync(response);
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
        var extensions = body.GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal(ErrorCodes.Unavailable, extensions.GetProperty("code").GetString());
        Assert.True(extensions.GetProperty("retryable").GetBoolean());
    }

    [Fact]
    public async Task Bug_StaysInternal_NotRetryable_And200()
    {
        using var response = await host.PostQueryAsync("{ boom }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var extensions = (await GraphQLHttpHost.ReadJsonAsync(response)).GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal(ErrorCodes.Internal, extensions.GetProperty("code").GetString());
        Assert.False(extensions.TryGetProperty("retryable", out _));
    }
}
