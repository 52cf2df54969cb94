using Platform.GraphQL.Relay;

namespace Platform.Tests.Registry;

/// <summary>Relay connections: backward paging (last, before), hasPreviousPage, startCursor; nodes with a malformed id.</summary>
[Collection(PlatformCollection.Name)]
public sealed class RelayPagingTests(PlatformFixture fixture)
{
    private const string Tokyo = "query($first: Int, $after: String, $last: Int, $before: String) { municipalities(prefectureCode: \"13\", first: $first, after: $after, last: $last, before: $before) { "
        + "totalCount nodes { code } pageInfo { hasPreviousPage hasNextPage startCursor endCursor } } }";

    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task LastAndBefore_PageBackwards_WithHasPreviousPageAndStartCursor()
    {
        var firstPage = (await Host.QueryAsync(Tokyo, new { first = 3 }))["municipalities"]!;
        var codes = firstPage["nodes"]!.AsArray().Select(n => (string)n!["code"]!).ToList();
        var info = firstPage["pageInfo"]!;
        Assert.False((bool)info["hasPreviousPage"]!);
        Assert.True((bool)info["hasNextPage"]!);

        var back = (await Host.QueryAsync(Tokyo, new { last = 2, before = (string)info["endCursor"]! }))["municipalities"]!;
        Assert.Equal(codes[..2], back["nodes"]!.AsArray().Select(n => (string)n!["code"]!));
        Assert.False((bool)back["pageInfo"]!["hasPreviousPage"]!);
        Assert.True((bool)back["pageInfo"]!["hasNextPage"]!);
        Assert.Equal((string)info["startCursor"]!, (string)back["pageInfo"]!["startCursor"]!);

        var tail = (await Host.QueryAsync(Tokyo, new { last = 2 }))["municipalities"]!;
        Assert.True((bool)tail["pageInfo"]!["hasPreviousPage"]!);
        Assert.False((bool)tail["pageInfo"]!["hasNextPage"]!);

        var middle = (await Host.QueryAsync(Tokyo, new { first = 1, after = (string)info["startCursor"]! }))["municipalities"]!;
        Assert.Equal(codes[1], (string)middle["nodes"]![0]!["code"]!);
        Assert.True((bool)middle["pageInfo"]!["hasPreviousPage"]!);
    }

    [Fact]
    public async Task FirstAndLastTogether_IsBadUserInput()
    {
        var (_, body) = await Host.PostAsync(Tokyo, new { first = 2, last = 2 });

        Assert.Equal(ErrorCodes.BadUserInput, (string)body["errors"]![0]!["extensions"]!["code"]!);
    }

    [Fact]
    public async Task Nodes_WithOneMalformedId_NullsThatElement_WithAnErrorAtItsIndex()
    {
        var tokyo = NodeId.Encode("Prefecture", "13");
        var (_, body) = await Host.PostAsync("query($ids: [ID!]!) { nodes(ids: $ids) { ... on Prefecture { name } } }",
            new { ids = new[] { tokyo, "not an id!", tokyo } });

        var nodes = body["data"]!["nodes"]!.AsArray();
        Assert.Equal(3, nodes.Count);
        Assert.Equal("東京都", (string)nodes[0]!["name"]!);
        Assert.Null(nodes[1]);
        Assert.Equal("東京都", (string)nodes[2]!["name"]!);
        var error = Assert.Single(body["errors"]!.AsArray())!;
        Assert.Equal(ErrorCodes.BadUserInput, (string)error["extensions"]!["code"]!);
        Assert.Equal(["nodes", "1"], error["path"]!.AsArray().Select(p => p!.ToString()));
    }
}
