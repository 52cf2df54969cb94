using GraphQLParser.Exceptions;
using Platform.GraphQL.Http;

namespace Platform.Tests.Http;

/// <summary>The bounded cache of parsed documents behind <c>/graphql</c>.</summary>
public sealed class GraphQLDocumentCacheTests
{
    [Fact]
    public void GetOrParse_WithTheSameQueryText_ReturnsTheSameDocument()
    {
        var cache = new GraphQLDocumentCache(capacity: 10);

        var first = cache.GetOrParse("{ prefectures { code name } }");
        var second = cache.GetOrParse(new string("{ prefectures { code name } }".AsSpan()));

        Assert.Same(first, second);
        Assert.Equal(1, cache.Count);
    }

    [Fact]
    public void GetOrParse_WithDifferentQueryText_ParsesEach()
    {
        var cache = new GraphQLDocumentCache(capacity: 10);

        var first = cache.GetOrParse("{ prefectures { code } }");
        var second = cache.GetOrParse("{ prefectures { name } }");

        Assert.NotSame(first, second);
        Assert.Equal(2, cache.Count);
    }

    [Fact]
    public void GetOrParse_WithInvalidSyntax_ThrowsAndCachesNothing()
    {
        var cache = new GraphQLDocumentCache(capacity: 10);

        Assert.ThrowsAny<GraphQLParserException>(() => cache.GetOrParse("{ prefectures { code "));
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public void GetOrParse_BeyondCapacity_KeepsAtMostCapacityDocuments()
    {
        var cache = new GraphQLDocumentCache(capacity: 20);

        for (var i = 0; i < 100; i++)
            cache.GetOrParse($"{{ municipality(code: \"{i:D6}\") {{ name }} }}");

        Assert.InRange(cache.Count, 1, 20);
    }

    [Fact]
    public void GetOrParse_WithQueryLongerThanTheLimit_ParsesWithoutCaching()
    {
        var cache = new GraphQLDocumentCache(capacity: 10, maxQueryLength: 10);

        var first = cache.GetOrParse("{ prefectures { code } }");
        var second = cache.GetOrParse("{ prefectures { code } }");

        Assert.NotSame(first, second);
        Assert.Equal(0, cache.Count);
    }

    [Fact]
    public async Task GetOrParse_FromManyThreadsAtOnce_HandsEveryoneTheSameDocument()
    {
        var cache = new GraphQLDocumentCache(capacity: 10);
        using var start = new ManualResetEventSlim();

        var tasks = Enumerable.Range(0, 16)
            .Select(_ => Task.Run(() =>
            {
                start.Wait();
                return cache.GetOrParse("{ nation { programSummary(fiscalYear: 2023) { total } } }");
            }))
            .ToList();
        start.Set();
        var documents = await Task.WhenAll(tasks);

        Assert.All(documents, document => Assert.Same(documents[0], document));
        Assert.Equal(1, cache.Count);
    }
}
