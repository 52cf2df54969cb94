using System.Net.Http.Headers;

namespace Platform.Tests.Http;

/// <summary>
/// HTTP caching of <c>/graphql</c>: anonymous GET queries are public with an ETag, everything
/// else (a caller with a token, POST, mutations, errors) is never stored.
/// </summary>
[Collection(GraphQLHttpCollection.Name)]
public sealed class GraphQLCachingTests(GraphQLHttpHost host)
{
    [Fact]
    public async Task AnonymousGetQuery_IsPublicWithAnETag_AndIfNoneMatchGets304()
    {
        using var first = await host.GetQueryAsync("{ hello(name: \"cache\") }");
        var etag = first.Headers.ETag;
        using var request = new HttpRequestMessage(HttpMethod.Get, first.RequestMessage!.RequestUri);
        request.Headers.IfNoneMatch.Add(etag!);
        using var again = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.CacheControl!.Public);
        Assert.Equal(TimeSpan.FromSeconds(60), first.Headers.CacheControl.MaxAge);
        Assert.NotNull(etag);
        Assert.Contains("Authorization", first.Headers.Vary);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Equal(etag, again.Headers.ETag);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task GetQuery_WithOtherAnswer_HasAnotherETag()
    {
        using var one = await host.GetQueryAsync("{ hello(name: \"one\") }");
        using var two = await host.GetQueryAsync("{ hello(name: \"two\") }");

        Assert.NotEqual(one.Headers.ETag, two.Headers.ETag);
    }

    [Fact]
    public async Task AuthenticatedGetQuery_IsPrivateNoStore()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/graphql?query=" + Uri.EscapeDataString("{ hello }"));
        request.Headers.Add(GraphQLHttpHost.SubjectHeader, "someone");

        using var response = await host.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        AssertNotStored(response);
    }

    [Fact]
    public async Task PostQueryAndMutation_AreNeverStored()
    {
        using var query = await host.PostQueryAsync("{ hello }");
        using var mutation = await host.PostQueryAsync("mutation { echo(text: \"x\") }");

        AssertNotStored(query);
        AssertNotStored(mutation);
    }

    [Fact]
    public async Task AnonymousGetQuery_WithAnError_IsNotStored()
    {
        using var response = await host.GetQueryAsync("{ missing }");

        AssertNotStored(response);
    }

    private static void AssertNotStored(HttpResponseMessage response)
    {
        CacheControlHeaderValue cacheControl = response.Headers.CacheControl!;
        Assert.True(cacheControl.NoStore);
        Assert.True(cacheControl.Private);
        Assert.False(cacheControl.Public);
        Assert.Null(response.Headers.ETag);
    }
}
