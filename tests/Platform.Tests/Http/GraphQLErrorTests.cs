namespace Platform.Tests.Http;

/// <summary>Every error carries a stable <c>extensions.code</c>, and nothing internal leaks.</summary>
[Collection(GraphQLHttpCollection.Name)]
public sealed class GraphQLErrorTests(GraphQLHttpHost host)
{
    [Fact]
    public async Task Post_WithParseError_Returns400WithBadUserInput_ForGraphQLResponseJson()
    {
        using var response = await host.PostQueryAsync("{ hello ");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var error = FirstError(await GraphQLHttpHost.ReadJsonAsync(response));
        Assert.Equal(ErrorCodes.BadUserInput, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("SYNTAX_ERROR", error.GetProperty("extensions").GetProperty("detail").GetString());
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Post_WithParseError_Returns200_ForApplicationJson()
    {
        using var response = await host.PostQueryAsync("{ hello ", accept: "application/json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(ErrorCodes.BadUserInput, await GraphQLHttpHost.SingleErrorCodeAsync(response));
    }

    [Fact]
    public async Task Post_WithQueryNestedBeyondTheParserLimit_ReturnsBadUserInput()
    {
        var query = string.Concat(Enumerable.Repeat("{ a ", 200)) + new string('}', 200);

        using var response = await host.PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.BadUserInput, await GraphQLHttpHost.SingleErrorCodeAsync(response));
    }

    [Theory]
    [InlineData("{ nope }", "FIELDS_ON_CORRECT_TYPE")]
    [InlineData("{ double(value: \"two\") }", "ARGUMENTS_OF_CORRECT_TYPE")]
    [InlineData("{ double }", "PROVIDED_NON_NULL_ARGUMENTS")]
    [InlineData("query A { hello } query B { hello }", "NO_OPERATION_NAME")]
    public async Task Post_WithInvalidDocument_Returns400WithBadUserInputAndDetail(string query, string detail)
    {
        using var response = await host.PostQueryAsync(query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var body = await GraphQLHttpHost.ReadJsonAsync(response);
        Assert.False(body.TryGetProperty("data", out _));
        var extensions = FirstError(body).GetProperty("extensions");
        Assert.Equal(ErrorCodes.BadUserInput, extensions.GetProperty("code").GetString());
        Assert.Equal(detail, extensions.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Post_WithVariableOfWrongType_ReturnsBadUserInput()
    {
        using var response = await host.PostQueryAsync("query ($v: Int!) { double(value: $v) }", new { v = "two" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.BadUserInput, await GraphQLHttpHost.SingleErrorCodeAsync(response));
    }

    [Fact]
    public async Task Post_WhenResolverThrowsArbitraryException_ReturnsInternalWithoutExceptionText()
    {
        using var response = await host.PostQueryAsync("{ hello boom }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(HttpTestSchema.SecretMessage, text);
        Assert.DoesNotContain(nameof(InvalidOperationException), text);
        Assert.DoesNotContain("INVALID_OPERATION", text);
        Assert.DoesNotContain(" at ", text); // no stack trace

        var body = JsonDocument.Parse(text).RootElement;
        Assert.Equal("Hello, world!", body.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal(JsonValueKind.Null, body.GetProperty("data").GetProperty("boom").ValueKind);
        var error = FirstError(body);
        Assert.Equal("An internal error occurred.", error.GetProperty("message").GetString());
        Assert.Equal(ErrorCodes.Internal, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("boom", error.GetProperty("path")[0].GetString());
        Assert.Contains(host.Logs.Entries, entry => entry.Exception?.Message == HttpTestSchema.SecretMessage);
    }

    [Fact]
    public async Task Post_WhenResolverThrowsApiException_KeepsItsCodeAndMessage()
    {
        using var response = await host.PostQueryAsync("{ missing }");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = FirstError(await GraphQLHttpHost.ReadJsonAsync(response));
        Assert.Equal(ErrorCodes.NotFound, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("There is no such municipality.", error.GetProperty("message").GetString());
    }

    [Fact]
    public async Task Post_WithFieldRefusedByValidationRuleFromDI_ReturnsTheRulesCode()
    {
        using var response = await host.PostQueryAsync("{ secret }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.Forbidden, await GraphQLHttpHost.SingleErrorCodeAsync(response));
    }

    [Fact]
    public async Task Post_WithFieldRefusedByRuleAddedThroughTheBuilder_ReportsItOnce()
    {
        using var response = await host.PostQueryAsync("{ classified }");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(ErrorCodes.Forbidden, await GraphQLHttpHost.SingleErrorCodeAsync(response));
    }

    [Fact]
    public async Task Post_Resolvers_SeeAGraphQLUserContextHoldingTheCaller()
    {
        using var response = await host.PostQueryAsync("{ userContext }");

        var body = await GraphQLHttpHost.ReadJsonAsync(response);
        Assert.Equal("GraphQLUserContext", body.GetProperty("data").GetProperty("userContext").GetString());
    }

    private static JsonElement FirstError(JsonElement body) => body.GetProperty("errors")[0];
}
