using System.Net;

namespace Platform.Tests.Http;

/// <summary>The pages beside the endpoint: the schema as SDL and the console for people.</summary>
[Collection(GraphQLHttpCollection.Name)]
public sealed class GraphQLPagesTests(GraphQLHttpHost host)
{
    [Fact]
    public async Task GetSchemaGraphql_ReturnsTheSchemaAsSdlText()
    {
        using var response = await host.Client.GetAsync("/graphql/schema.graphql");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", GraphQLHttpHost.MediaTypeOf(response));
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        var sdl = await response.Content.ReadAsStringAsync();
        Assert.Contains("type Query {", sdl);
        Assert.Contains("hello(name: String): String!", sdl);
        Assert.Contains("type Mutation {", sdl);
    }

    [Fact]
    public async Task GetUi_ReturnsASelfContainedHtmlConsole()
    {
        using var response = await host.Client.GetAsync("/graphql/ui");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", GraphQLHttpHost.MediaTypeOf(response));
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("<textarea id=\"query\"", html);
        Assert.Contains("<textarea id=\"variables\"", html);
        Assert.Contains("id=\"token\"", html);
        Assert.Contains("programSummary(fiscalYear: 2023)", html);
        // Nothing is loaded from elsewhere, and the policy would block it if it were.
        Assert.DoesNotContain("src=", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain("https://", html);
        var policy = Assert.Single(response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'none'", policy);
        Assert.Contains("connect-src 'self'", policy);
    }

    [Fact]
    public async Task GetRoot_RedirectsToTheConsole()
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = host.Client.BaseAddress };

        using var response = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/graphql/ui", response.Headers.Location?.OriginalString);
    }
}
