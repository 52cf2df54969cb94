namespace Platform.Tests.Http;

/// <summary>The GraphQL-over-HTTP protocol of <c>/graphql</c>: methods, media types, bodies.</summary>
[Collection(GraphQLHttpCollection.Name)]
public sealed class GraphQLEndpointTests(GraphQLHttpHost host)
{
    private const string GraphQLResponseJson = "application/graphql-response+json";

    [Fact]
    public async Task Post_WithQuery_Returns200WithGraphQLResponseMediaType()
    {
        using var response = await host.PostQueryAsync("{ hello }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, GraphQLHttpHost.MediaTypeOf(response));
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal("""{"data":{"hello":"Hello, world!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_WhenClientAcceptsOnlyApplicationJson_RespondsWithApplicationJson()
    {
        using var response = await host.PostQueryAsync("{ hello }", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", GraphQLHttpHost.MediaTypeOf(response));
    }

    [Theory]
    [InlineData("")]
    [InlineData("*/*")]
    [InlineData("application/*")]
    public async Task Post_WithoutNamingAMediaType_GetsLegacyJson_With200ForARequestError(string accept)
    {
        // The specification's rule for clients that predate application/graphql-response+json
        // (graphql-http audit 80D8 and 47DE): they read errors from a 200 application/json body.
        using var response = await host.PostQueryAsync("{ nope }", accept: accept);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", GraphQLHttpHost.MediaTypeOf(response));
        Assert.NotEmpty(GraphQLHttpHost.ErrorCodesOf(await GraphQLHttpHost.ReadJsonAsync(response)));
    }

    [Fact]
    public async Task Post_NamingTheGraphQLResponseType_GetsIt_With400ForARequestError()
    {
        using var response = await host.PostQueryAsync("{ nope }", accept: "application/graphql-response+json, */*;q=0.5");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, GraphQLHttpHost.MediaTypeOf(response));
    }

    [Fact]
    public async Task Post_Subscription_Returns400WithAValidationError()
    {
        using var response = await host.PostQueryAsync("subscription { hello }", accept: GraphQLResponseJson);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await GraphQLHttpHost.ReadJsonAsync(response);
        var error = Assert.Single(body.GetProperty("errors").EnumerateArray());
        Assert.Equal(ErrorCodes.BadUserInput, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("SUBSCRIPTION_NOT_SUPPORTED", error.GetProperty("extensions").GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Post_WhenClientAcceptsNeitherMediaType_Returns406()
    {
        using var response = await host.PostQueryAsync("{ hello }", accept: "text/html");

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
    }

    [Fact]
    public async Task Post_WithVariablesAndOperationName_RunsTheNamedOperation()
    {
        const string query = "query A { hello } query B($name: String) { hello(name: $name) }";

        using var response = await host.PostQueryAsync(query, new { name = "札幌" }, operationName: "B");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // Japanese is written as UTF-8, not as \u escapes.
        Assert.Equal("""{"data":{"hello":"Hello, 札幌!"}}""", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Post_WithMutation_RunsIt()
    {
        using var response = await host.PostQueryAsync("mutation { echo(text: \"hi\") }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await GraphQLHttpHost.ReadJsonAsync(response);
        Assert.Equal("hi", body.GetProperty("data").GetProperty("echo").GetString());
    }

    [Fact]
    public async Task Get_WithQueryAndVariables_ReturnsData()
    {
        using var response = await host.GetQueryAsync("query ($v: Int!) { double(value: $v) }", variables: """{"v":21}""");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(GraphQLResponseJson, GraphQLHttpHost.MediaTypeOf(response));
        var body = await GraphQLHttpHost.ReadJsonAsync(response);
        Assert.Equal(42, body.GetProperty("data").GetProperty("double").GetInt32());
    }

    [Fact]
    public async Task Get_WithMutation_Returns405AllowingPostOnly()
    {
        using var response = await host.GetQueryAsync("mutation { echo(text: \"hi\") }");

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(new[] { "POST" }, response.Content.Headers.Allow);
        Assert.Equal(ErrorCodes.BadUserInput, await GraphQLHttpHost.SingleErrorCodeAsync(response));
    }

    [Fact]
    public async Task Get_WithOperationNameSelectingTheQuery_RunsItBesideAMutation()
    {
        using var response = await host.GetQueryAsync("query Q { hello } mutation M { echo(text: \"hi\") }", operationName: "Q");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Get_WithMalformedVariables_Returns400WithBadUserInput()
    {
        using var response = await host.GetQueryAsync("{ hello }", variables: "{not json");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.BadUserInput, await GraphQLHttpHost.SingleErrorCodeAsync(response));
    }

    [Fact]
    public async Task Put_Returns405AllowingGetAndPost()
    {
        using var response = await host.Client.PutAsync("/graphql", new StringContent("{}", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(new[] { "GET", "POST" }, response.Content.Headers.Allow);
    }
}
