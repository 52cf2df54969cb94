namespace Platform.Tests.Programs;

/// <summary>
/// Reads skip validation they already passed, never the data: a designation is seen by the very
/// next read of the same (cached, already validated) query, one row or a page of them.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FreshProgramReadTests(PlatformFixture fixture)
{
    private const string Designate = """
        mutation($input: DesignateProgramInput!) { designateProgram(input: $input) { program { tier } errors { code } } }
        """;

    [Fact]
    public async Task RepeatedPlainQuery_SeesEachDesignationAtOnce()
    {
        var host = fixture.Host;
        var year = UniqueFiscalYear.Next();
        var one = $"{{ municipality(code: \"011002\") {{ program(fiscalYear: {year}) {{ tier }} }} }}";
        var page = $"{{ municipalities(first: 100) {{ edges {{ node {{ code program(fiscalYear: {year}) {{ tier }} }} }} }} }}";
        Assert.Null((await host.QueryAsync(one))["municipality"]!["program"]);
        Assert.Null(TierIn(await host.QueryAsync(page)));
        await host.QueryAsync(one);
        await host.QueryAsync(page);

        var token = host.Token("011002", "TenantAdmin");
        foreach (var tier in new[] { "SUPPORT_PROJECT", "SUPPORT_STATION" })
        {
            var functions = tier == "SUPPORT_PROJECT" ? new[] { "CONSULTATION" } : ["CONSULTATION", "PLACE_OF_BELONGING", "NETWORK"];
            var payload = (await host.QueryAsync(Designate, new { input = new { municipalityCode = "011002", fiscalYear = year, tier, functions } }, token))["designateProgram"]!;
            Assert.Empty(payload["errors"]!.AsArray());

            Assert.Equal(tier, (string?)(await host.QueryAsync(one))["municipality"]!["program"]!["tier"]);
            Assert.Equal(tier, TierIn(await host.QueryAsync(page)));
        }
    }

    // 011002 (札幌市) is the first municipality in code order, so it is on the first page.
    private static string? TierIn(System.Text.Json.Nodes.JsonNode data) =>
        (string?)data["municipalities"]!["edges"]!.AsArray().Single(e => (string?)e!["node"]!["code"] == "011002")!["node"]!["program"]?["tier"];
}
