namespace Platform.Tests.Statistics;

/// <summary>
/// A published prefecture figure that only two municipalities contributed to is hidden: either
/// could subtract its own count and learn the other's (Fukushima, prefecture 07, FY2018; no
/// other test uses either).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class FewContributorsTests(PlatformFixture fixture)
{
    private const string Year = "2018";

    [Fact]
    public async Task PublishedPrefectureRow_CountedFromTwoMunicipalities_IsHidden_WhileThePrefectureSeesItsFigure()
    {
        foreach (var municipality in new[] { "072010", "072028" })
        {
            var token = fixture.Host.Token(municipality, Roles.Caseworker);
            for (var i = 0; i < 3; i++)
            {
                var opened = await fixture.Host.QueryAsync("""mutation { openCase(input: { openedOn: "2018-06-01", referralSource: FAMILY }) { errors { code } } }""", token: token);
                Assert.Empty(opened["openCase"]!["errors"]!.AsArray());
            }
        }

        var officer = fixture.Host.Token("070009", Roles.PrefecturalOfficer);
        const string Own = "{ prefecture(code: \"07\") { statistics(fiscalYear: " + Year + ") { consultations { newCases { value text } } } } }";
        var seen = await WaitAsync(async () => await fixture.Host.QueryAsync(Own, token: officer), d => (int?)d["prefecture"]!["statistics"]!["consultations"]!["newCases"]!["value"] == 6);
        Assert.Equal(6, (int)seen["prefecture"]!["statistics"]!["consultations"]!["newCases"]!["value"]!);

        var published = await fixture.Host.QueryAsync("{ nation { prefectureStatistics(fiscalYear: " + Year + ") { prefecture { code } statistics { consultations { newCases { value text } } } } } }");
        var row = published["nation"]!["prefectureStatistics"]!.AsArray().Single(p => (string)p!["prefecture"]!["code"]! == "07")!;
        Assert.Equal("X", (string)row["statistics"]!["consultations"]!["newCases"]!["text"]!);
        Assert.Null(row["statistics"]!["consultations"]!["newCases"]!["value"]);
    }

    private static async Task<System.Text.Json.Nodes.JsonNode> WaitAsync(Func<Task<System.Text.Json.Nodes.JsonNode>> read, Func<System.Text.Json.Nodes.JsonNode, bool> done)
    {
        for (var attempt = 0; ; attempt++)
        {
            var data = await read();
            if (done(data) || attempt == 50)
            {
                return data;
            }

            await Task.Delay(100);
        }
    }
}
