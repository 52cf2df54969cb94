using Platform.Tenants.Statistics;
using Platform.Tests.Statistics;

namespace Platform.Tests.Activities;

[Collection(PlatformCollection.Name)]
public sealed class StatisticsAndDirectoryTests(PlatformFixture fixture)
{
    private static readonly DateOnly Today = JapanDate.Today(TimeProvider.System);

    [Fact]
    public async Task PrefectureTotals_EqualARecountOfItsMunicipalities_AndPublishedFiguresHideSmallCountsUnrecoverably()
    {
        // Prefecture 36 (Tokushima) is this test's alone.
        var codes = TenantDirectory.Instance.MunicipalitiesOf("36").Take(3).Select(m => m.Code).ToArray();
        var participants = new[] { 2, 3, 10 };
        for (var i = 0; i < codes.Length; i++)
        {
            var api = new ActivityApi(fixture.Host, codes[i]);
            Assert.Empty(ActivityApi.Codes(await api.RecordAsync(new { kind = "AWARENESS_EVENT", heldOn = Today.ToString("yyyy-MM-dd"), participants = participants[i] })));
        }

        var year = FiscalYear.Of(Today);
        const string Query = "query($y: Int!) { prefecture(code: \"36\") { statistics(fiscalYear: $y) { suppressed activities { kind sessions participants { value text } } } } }";
        var recount = 0;
        foreach (var code in TenantDirectory.Instance.MunicipalitiesOf("36").Select(m => m.Code))
        {
            var own = await fixture.Host.QueryAsync($"{{ municipality(code: \"{code}\") {{ statistics(fiscalYear: {year}) {{ activities {{ kind participants {{ value }} }} }} }} }}", token: fixture.Host.Token(code, Roles.Supervisor));
            recount += (int)own["municipality"]!["statistics"]!["activities"]!.AsArray().Single(a => (string)a!["kind"]! == "AWARENESS_EVENT")!["participants"]!["value"]!;
        }

        var officer = await fixture.Host.QueryAsync(Query, new { y = year }, fixture.Host.Token("360007", Roles.PrefecturalOfficer));
        var awareness = officer["prefecture"]!["statistics"]!["activities"]!.AsArray().Single(a => (string)a!["kind"]! == "AWARENESS_EVENT")!;
        Assert.Equal(15, recount);
        Assert.Equal(recount, (int)awareness["participants"]!["value"]!);
        Assert.Equal(3, (int)awareness["sessions"]!);

        // Anonymous: the published row, and the national column it belongs to leaks no hidden cell.
        var published = await fixture.Host.QueryAsync(Query, new { y = year });
        Assert.True((bool)published["prefecture"]!["statistics"]!["suppressed"]!);
        var national = await fixture.Host.QueryAsync("query($y: Int!) { nation { statistics(fiscalYear: $y) { activities { kind participants { value text } } } } }", new { y = year });
        var rows = await fixture.Host.QueryAsync("query($y: Int!) { nation { prefectureStatistics(fiscalYear: $y) { statistics { activities { kind participants { text } } } } } }", new { y = year });
        Cell Parse(System.Text.Json.Nodes.JsonNode row)
        {
            var cell = row.AsArray().Single(a => (string)a!["kind"]! == "AWARENESS_EVENT")!["participants"]!;
            var text = (string)cell["text"]!;
            return text switch { "<5" => new Cell(null, CellMark.SmallCount), "X" => new Cell(null, CellMark.Complementary), _ => Cell.Of(int.Parse(text)) };
        }

        var total = Parse(national["nation"]!["statistics"]!["activities"]!);
        var parts = rows["nation"]!["prefectureStatistics"]!.AsArray().Select(p => Parse(p!["statistics"]!["activities"]!)).ToList();
        Assert.Empty(Disclosure.Recoverable(total, parts));
        Assert.DoesNotContain(parts.Concat([total]), c => c.Value is >= 1 and <= 4);
    }

    [Fact]
    public async Task AnonymousDirectory_ShowsThePublicisedDeskAndPublicPlaces_NeverThePrivateOnes()
    {
        var code = ActivityTenants.Next();
        var api = new ActivityApi(fixture.Host, code);
        await api.PlaceAsync("公開の居場所", isPublic: true);
        await api.PlaceAsync("非公開の居場所", isPublic: false);
        const string Query = "query($c: String!) { municipality(code: $c) { consultationDesk { name phone hours url } placesOfBelonging { name isPublic } } }";
        Assert.Null((await fixture.Host.QueryAsync(Query, new { c = code }))["municipality"]!["consultationDesk"]);
        var desk = await fixture.Host.QueryAsync("mutation { setConsultationDesk(input: { name: \"ひきこもり相談窓口\", phone: \"042-000-0000\", url: \"https://example.jp/desk\", publicized: true }) { errors { code } } }", token: api.Token);
        Assert.Empty(desk["setConsultationDesk"]!["errors"]!.AsArray());

        var anonymous = (await fixture.Host.QueryAsync(Query, new { c = code }))["municipality"]!;
        Assert.Equal("ひきこもり相談窓口", (string)anonymous["consultationDesk"]!["name"]!);
        Assert.Equal(["公開の居場所"], anonymous["placesOfBelonging"]!.AsArray().Select(p => (string)p!["name"]!));
        Assert.DoesNotContain("非公開", (await fixture.Host.QueryAsync(Query, new { c = code }, fixture.Host.Token("130001", Roles.PrefecturalOfficer))).ToJsonString());
        Assert.Equal(2, (await fixture.Host.QueryAsync(Query, new { c = code }, api.Token))["municipality"]!["placesOfBelonging"]!.AsArray().Count);
        var ownPrefecture = fixture.Host.Token(ActivityTenants.PrefectureOf(code), Roles.PrefecturalOfficer);
        Assert.Equal(2, (await fixture.Host.QueryAsync(Query, new { c = code }, ownPrefecture))["municipality"]!["placesOfBelonging"]!.AsArray().Count);
        var (_, denied) = await fixture.Host.PostAsync($"{{ municipality(code: \"{code}\") {{ activities(fiscalYear: 2024) {{ totalCount }} }} }}");
        Assert.NotNull(denied["errors"]);
    }

    [Fact]
    public async Task NationalCsv_HasTheBom_AndThePublishedLayout_WithThePlatformsFigures()
    {
        var bytes = await fixture.Host.Http.GetByteArrayAsync("/statistics/national-program-counts.csv?fiscalYear=2023");
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("", lines[^1]);
        var reference = File.ReadLines(Path.Combine(ReferenceFolder(), "national-program-counts.csv")).First();
        Assert.Equal(reference, lines[0]);
        var summary = (await fixture.Host.QueryAsync("{ nation { programSummary(fiscalYear: 2023) { prefectureCenters municipalCenters supportStations supportProjects total } } }"))["nation"]!["programSummary"]!;
        Assert.Equal($"2023,{summary["prefectureCenters"]},{summary["municipalCenters"]},{summary["supportStations"]},{summary["supportProjects"]},{summary["total"]}", lines[1]);

        var requests = Encoding.UTF8.GetString(await fixture.Host.Http.GetByteArrayAsync("/statistics/national-request-status.csv?fiscalYear=2022,2023")).TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal(File.ReadLines(Path.Combine(ReferenceFolder(), "national-request-status.csv")).First(), requests[0]);
        Assert.StartsWith("2023,1741,", requests[2]);

        var activities = Encoding.UTF8.GetString(await fixture.Host.Http.GetByteArrayAsync("/statistics/national-activities.csv?fiscalYear=2023")).TrimStart('\uFEFF').TrimEnd('\n').TrimEnd('\r').Split("\r\n");
        Assert.Equal(1 + 47 + 1, activities.Length);
        Assert.StartsWith("2023,\"=\"\"01\"\"\",北海道,", activities[1]);
        Assert.StartsWith("2023,\"=\"\"00\"\"\",全国,", activities[^1]);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await fixture.Host.Http.GetAsync("/statistics/national-activities.csv?fiscalYear=abc")).StatusCode);
    }

    [Fact]
    public async Task NationalCsv_IsAnAttachment_WithJapaneseLabelsWhenAsked_AndPlainCodesWhenAsked()
    {
        using var response = await fixture.Host.Http.GetAsync("/statistics/national-activities.csv?fiscalYear=2023&lang=ja&codes=plain");
        var disposition = response.Content.Headers.ContentDisposition!;
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = text.Split("\r\n");

        Assert.Equal("attachment", disposition.DispositionType);
        Assert.Equal("national-activities-2023-ja.csv", disposition.FileName?.Trim('"'));
        Assert.StartsWith("年度,都道府県コード,都道府県名,新規ケース数,", lines[0]);
        Assert.Contains("支援者研修 開催回数", lines[0]);
        Assert.StartsWith("2023,01,北海道,", lines[1]);
        Assert.DoesNotContain('\n', text.Replace("\r\n", "", StringComparison.Ordinal));
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await fixture.Host.Http.GetAsync("/statistics/national-activities.csv?fiscalYear=2023&lang=fr")).StatusCode);
    }

    [Fact]
    public async Task NationalCsv_HeadersJa_GivesJapaneseLabels_AndDisagreeingLanguagesAreRefused()
    {
        using var response = await fixture.Host.Http.GetAsync("/statistics/national-activities.csv?fiscalYear=2023&headers=ja");
        var text = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("年度,都道府県コード,都道府県名,", text);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await fixture.Host.Http.GetAsync("/statistics/national-activities.csv?fiscalYear=2023&headers=ja&lang=en")).StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.BadRequest, (await fixture.Host.Http.GetAsync("/statistics/national-activities.csv?fiscalYear=2023&headers=de")).StatusCode);
    }

    private static string ReferenceFolder()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "Platform.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory.FullName, "tenants", "Platform.Tenants", "ReferenceData");
    }
}
