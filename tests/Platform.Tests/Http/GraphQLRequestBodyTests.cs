namespace Platform.Tests.Http;

/// <summary>How <c>POST /graphql</c> treats bodies that are not a well-formed GraphQL request.</summary>
[Collection(GraphQLHttpCollection.Name)]
public sealed class GraphQLRequestBodyTests(GraphQLHttpHost host)
{
    [Fact]
    public async Task Post_WithTextPlainBody_Returns415()
    {
        using var response = await host.PostAsync("""{"query":"{ hello }"}""", contentType: "text/plain");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithMalformedJson_Returns400WithBadUserInput()
    {
        using var response = await host.PostAsync("""{"query": "{ hello }" """);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await GraphQLHttpHost.ReadJsonAsync(response);
        Assert.Equal(ErrorCodes.BadUserInput, Assert.Single(GraphQLHttpHost.ErrorCodesOf(body)));
        Assert.False(body.TryGetProperty("data", out _));
    }

    [Theory]
    [InlineData("""{"query": 42}""")]
    [InlineData("""{"query": "{ hello }", "variables": [1]}""")]
    [InlineData("\"{ hello }\"")]
    [InlineData("null")]
    public async Task Post_WithJsonThatIsNotAGraphQLRequest_Returns400WithBadUserInput(string json)
    {
        using var response = await host.PostAsync(json);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.BadUserInput, await GraphQLHttpHost.SingleErrorCodeAsync(response));
    }

    [Fact]
    public async Task Post_WithMalformedJson_Returns400EvenForApplicationJsonClients()
    {
        using var response = await host.PostAsync("{", accept: "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/json", GraphQLHttpHost.MediaTypeOf(response));
    }

    [Fact]
    public async Task Post_WithoutQuery_Returns400WithBadUserInput()
    {
        using var response = await host.PostAsync("""{"variables": {}}""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.BadUserInput, await GraphQLHttpHost.SingleErrorCodeAsync(response));
    }

    [Fact]
    public async Task Post_WithBatchedArray_Returns400SayingBatchingIsNotSupported()
    {
        using var response = await host.PostAsync("""[{"query":"{ hello }"},{"query":"{ hello }"}]""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await GraphQLHttpHost.ReadJsonAsync(response);
        Assert.Contains("Batched requests are not supported", body.GetProperty("errors")[0].GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_WithBodyOverTheLimit_Returns413WithBadUserInput()
    {
        var query = "{ hello " + new string(' ', GraphQLHttpHost.MaxRequestBytes) + "}";

        using var response = await host.PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(ErrorCodes.BadUserInput, await GraphQLHttpHost.SingleErrorCodeAsync(response));
    }

    [Fact]
    public async Task Post_WithChunkedBodyOverTheLimit_Returns413()
    {
        var json = """{"query":"{ hello """ + new string(' ', GraphQLHttpHost.MaxRequestBytes) + """}"}""";
        // A stream of unknown length makes HttpClient send the body chunked, without Content-Length.
        using var content = new StreamContent(new UnseekableStream(Encoding.UTF8.GetBytes(json)));
        content.Headers.ContentType = new("application/json");

        using var response = await host.Client.PostAsync("/graphql", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    private sealed class UnseekableStream(byte[] bytes) : MemoryStream(bytes)
    {
        public override bool CanSeek => false;
    }
}
