namespace Platform.Tests.Statistics;

/// <summary>
/// The published table is a snapshot of the period, not the live figures: a tenant that reads it,
/// records cases and reads it again learns nothing about its neighbours (Ibaraki, prefecture 08;
/// no other test uses it).
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class PublishedSnapshotTests(PlatformFixture fixture)
{
    [Fact]
    public async Task PublishedTable_AfterCasesOpenedThisMonth_DoesNotChange_WhileThePrefectureSeesThemLive()
    {
        var year = FiscalYear.Of(CaseApi.Today);
        string Published = "{ nation { statistics(fiscalYear: " + year + ") { consultations { newCases { text } contacts { text } activeCases { text } } } "
            + "prefectureStatistics(fiscalYear: " + year + ") { prefecture { code } statistics { consultations { newCases { text } activeCases { text } } } } } }";
        var officer = fixture.Host.Token("080004", Roles.PrefecturalOfficer);
        string Own = "{ prefecture(code: \"08\") { statistics(fiscalYear: " + year + ") { consultations { newCases { value } } } } }";
        var before = (await fixture.Host.QueryAsync(Published)).ToJsonString();
        var liveBefore = (int)(await fixture.Host.QueryAsync(Own, token: officer))["prefecture"]!["statistics"]!["consultations"]!["newCases"]!["value"]!;

        foreach (var municipality in new[] { "082015", "082023", "082031" })
        {
            var worker = new CaseApi(fixture.Host, municipality);
            for (var i = 0; i < 5; i++)
            {
                await worker.OpenAsync(new { openedOn = CaseApi.Iso(CaseApi.Today), referralSource = "FAMILY" });
            }
        }

        // The prefecture's own staff see the live figure move ...
        var liveAfter = 0;
        for (var attempt = 0; attempt < 50 && liveAfter != liveBefore + 15; attempt++)
        {
            await Task.Delay(100);
            liveAfter = (int)(await fixture.Host.QueryAsync(Own, token: officer))["prefecture"]!["statistics"]!["consultations"]!["newCases"]!["value"]!;
        }

        Assert.Equal(liveBefore + 15, liveAfter);

        // ... an anonymous reader sees the table of the period, unchanged, in GraphQL and CSV.
        Assert.Equal(before, (await fixture.Host.QueryAsync(Published)).ToJsonString());
        var csv = await fixture.Host.Http.GetStringAsync($"/statistics/national-activities.csv?fiscalYear={year}&codes=plain");
        var nation = (await fixture.Host.QueryAsync(Published))["nation"]!["statistics"]!["consultations"]!["newCases"]!["text"]!.ToString();
        Assert.StartsWith($"{year},00,全国,{nation},", csv.TrimStart('\uFEFF').TrimEnd('\r', '\n').Split("\r\n")[^1]);
    }
}
