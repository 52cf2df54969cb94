namespace Platform.Tests.Http;

/// <summary>
/// <c>GraphQL:EnableIntrospection</c>: unset, exploring the schema (introspection, SDL, console,
/// "Did you mean" suggestions) is on in Development only; in Production nothing internal leaks either.
/// </summary>
public sealed class GraphQLIntrospectionTests
{
    private const string Introspection = "{ __schema { queryType { name } } }";

    [Fact]
    public async Task Production_ByDefault_RefusesIntrospection()
    {
        await using var host = await StartAsync("Production");

        using var response = await host.PostQueryAsync(Introspection);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var extensions = (await GraphQLHttpHost.ReadJsonAsync(response)).GetProperty("errors")[0].GetProperty("extensions");
        Assert.Equal(ErrorCodes.BadUserInput, extensions.GetProperty("code").GetString());
        Assert.Equal("NO_INTROSPECTION", extensions.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("/graphql/schema.graphql")]
    [InlineData("/graphql/ui")]
    [InlineData("/")]
    public async Task Production_ByDefault_HidesTheSchemaPages(string path)
    {
        await using var host = await StartAsync("Production");

        using var response = await host.Client.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Production_ByDefault_GivesNoSuggestions()
    {
        await using var host = await StartAsync("Production");

        using var response = await host.PostQueryAsync("{ helo }");

        var message = (await GraphQLHttpHost.ReadJsonAsync(response)).GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains("helo", message);
        Assert.DoesNotContain("Did you mean", message);
        Assert.DoesNotContain("hello", message);
    }

    [Fact]
    public async Task Production_WhenResolverThrows_ShowsNoExceptionTextOrStackTrace()
    {
        await using var host = await StartAsync("Production");

        using var response = await host.PostQueryAsync("{ boom }");

        var text = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(ErrorCodes.Internal, text);
        Assert.DoesNotContain(HttpTestSchema.SecretMessage, text);
        Assert.DoesNotContain(nameof(InvalidOperationException), text);
        Assert.DoesNotContain("HttpTestSchema", text);
        Assert.DoesNotContain(" at ", text);
        Assert.DoesNotContain("stack", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Production_WhenEnabledBySetting_AllowsIntrospectionAndPages()
    {
        await using var host = await StartAsync("Production", enable: true);

        using var introspection = await host.PostQueryAsync(Introspection);
        using var sdl = await host.Client.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, introspection.StatusCode);
        Assert.Equal("Query", (await GraphQLHttpHost.ReadJsonAsync(introspection)).GetProperty("data")
            .GetProperty("__schema").GetProperty("queryType").GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.OK, sdl.StatusCode);
    }

    [Fact]
    public async Task Development_ByDefault_AllowsIntrospectionPagesAndSuggestions()
    {
        await using var host = await StartAsync("Development");

        using var introspection = await host.PostQueryAsync(Introspection);
        using var ui = await host.Client.GetAsync("/graphql/ui");
        using var typo = await host.PostQueryAsync("{ helo }");

        Assert.Equal(HttpStatusCode.OK, introspection.StatusCode);
        Assert.Equal(HttpStatusCode.OK, ui.StatusCode);
        var message = (await GraphQLHttpHost.ReadJsonAsync(typo)).GetProperty("errors")[0].GetProperty("message").GetString();
        Assert.Contains("Did you mean 'hello'", message);
    }

    [Fact]
    public async Task Development_WhenDisabledBySetting_RefusesIntrospection()
    {
        await using var host = await StartAsync("Development", enable: false);

        using var response = await host.PostQueryAsync(Introspection);
        using var sdl = await host.Client.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, sdl.StatusCode);
    }

    private static Task<GraphQLHttpHost> StartAsync(string environment, bool? enable = null)
    {
        var settings = new Dictionary<string, string?> { ["GraphQL:RateLimit:Enabled"] = "false" };
        if (enable is { } value)
            settings["GraphQL:EnableIntrospection"] = value ? "true" : "false";
        return GraphQLHttpHost.StartAsync(settings, environment);
    }
}
