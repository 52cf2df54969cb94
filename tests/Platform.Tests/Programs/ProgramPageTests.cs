using GraphQL;
using GraphQL.Validation;
using GraphQLParser.AST;
using Platform.GraphQL.Directory;
using Platform.GraphQL.Relay;
using Platform.Tenants.Municipalities;
using Platform.Tenants.Programs;

namespace Platform.Tests.Programs;

/// <summary>
/// A page of municipalities reads its programs from its prefectures' program books, one grain
/// call per prefecture, and answers every field of <c>Program</c> as the municipality's own
/// grain does; a municipality marked as changing is read from its grain.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class ProgramPageTests(PlatformFixture fixture)
{
    private const string Fields = "fiscalYear tier functions functionsKnown requiredFunctions missingFunctions meetsTierRequirements operator { kind name } prefecturalStartupSupport";
    private const string Hokkaido = "010006";

    private PlatformHost Host => fixture.Host;

    [Fact]
    public async Task PageWithPrograms_CallsOneBookPerPrefecture_AndNoMunicipality()
    {
        var year = UniqueFiscalYear.Next();
        var officer = Host.Token(Hokkaido, Roles.PrefecturalOfficer);
        await DesignateAsync("011002", year, "REGIONAL_SUPPORT_CENTER", "[CONSULTATION, NETWORK]", """{ kind: COMMISSIONED, name: "NPO法人 はまなす" }""");
        await DesignateAsync("012025", year, "SUPPORT_PROJECT", "[CONSULTATION]", "null");
        var startup = await Host.QueryAsync($$"""mutation { recordStartupSupport(input: { municipalityCode: "012025", fiscalYear: {{year}} }) { errors { code } } }""", token: officer);
        Assert.Empty(startup["recordStartupSupport"]!["errors"]!.AsArray());

        Host.GrainCalls.Reset();
        var first = (await Host.QueryAsync(Page(year, after: null)))["municipalities"]!;
        Assert.Equal(1, Host.GrainCalls.Of<IProgramBookGrain>());
        Assert.Equal(0, Host.GrainCalls.Of<IMunicipalityGrain>());

        // The second page ends Hokkaido (179 municipalities) and starts Aomori: two books.
        Host.GrainCalls.Reset();
        var second = (await Host.QueryAsync(Page(year, after: (string)first["pageInfo"]!["endCursor"]!)))["municipalities"]!;
        Assert.Equal(2, Host.GrainCalls.Of<IProgramBookGrain>());
        Assert.Equal(0, Host.GrainCalls.Of<IMunicipalityGrain>());

        var programs = Programs(first);
        Assert.Equal(2, programs.Values.Count(p => p is not null));
        Assert.Equal("NPO法人 はまなす", (string?)programs["011002"]!["operator"]!["name"]);
        Assert.True((bool)programs["012025"]!["prefecturalStartupSupport"]!);
        await AssertAsEachMunicipalityAnswers(programs, year);
        await AssertAsEachMunicipalityAnswers(Programs(second), year);
    }

    [Fact]
    public async Task PageAskingTwoYearsThroughAFragmentAndAVariable_ReadsEachBookOnce_AndAnswersAsEachMunicipality()
    {
        // The page's resolver reads the books its rows will ask for (through the fragment, the
        // alias and the variable); the rows then share those reads rather than making their own.
        var year = UniqueFiscalYear.Next();
        await DesignateAsync("011002", year, "SUPPORT_STATION", "[CONSULTATION]", "null");
        const string Query = """
            query($year: Int!) {
              municipalities(first: 100) { nodes { code ...Programs } edges { node { code this: program(fiscalYear: $year) { tier } } } }
            }
            fragment Programs on Municipality {
              ... on Municipality { program(fiscalYear: $year) { tier } }
              reference: program(fiscalYear: 2023) { tier }
            }
            """;

        Host.GrainCalls.Reset();
        var page = (await Host.QueryAsync(Query, new { year }))["municipalities"]!;
        Assert.Equal(2, Host.GrainCalls.Of<IProgramBookGrain>());
        Assert.Equal(0, Host.GrainCalls.Of<IMunicipalityGrain>());

        var nodes = page["nodes"]!.AsArray();
        Assert.Equal(100, nodes.Count);
        Assert.Equal("SUPPORT_STATION", (string?)nodes.Single(n => (string)n!["code"]! == "011002")!["program"]!["tier"]);
        var edges = page["edges"]!.AsArray();
        for (var i = 0; i < nodes.Count; i++)
        {
            Assert.Equal(nodes[i]!["program"]?.ToJsonString(), edges[i]!["node"]!["this"]?.ToJsonString());
        }

        var reference = Programs((await Host.QueryAsync(Page(2023, after: null)))["municipalities"]!);
        foreach (var node in nodes)
        {
            Assert.Equal(reference[(string)node!["code"]!]?["tier"]?.ToJsonString(), node["reference"]?["tier"]?.ToJsonString());
        }
    }

    [Fact]
    public async Task ThePagesResolver_ReadsTheBooksItsRowsAskFor_BeforeAnyRowAsks()
    {
        var year = UniqueFiscalYear.Next();
        var directory = Host.App.Services.GetRequiredService<TenantDirectory>();

        Host.GrainCalls.Reset();
        var page = Paging.Page([.. directory.Municipalities], m => m.Code, first: 100, after: null);
        await ProgramBookLoads.StartAsync(PageField("query($y: Int!) { municipalities(first: 100) { nodes { code program(fiscalYear: $y) { tier } } } }", year), page);
        Assert.Equal(1, Host.GrainCalls.Of<IProgramBookGrain>());
        Assert.True(ProgramBookLoads.Of(page.Loads, Host.Grains, "01", year).IsCompletedSuccessfully);
        Assert.Equal(1, Host.GrainCalls.Of<IProgramBookGrain>());

        // Rows that ask for no program: no book is read for them.
        var plain = Paging.Page([.. directory.Municipalities], m => m.Code, first: 100, after: null);
        await ProgramBookLoads.StartAsync(PageField("query($y: Int!) { municipalities(first: 100) { nodes { code name } } }", year), plain);
        Assert.Equal(1, Host.GrainCalls.Of<IProgramBookGrain>());
    }

    [Fact]
    public async Task PageOfTheReferenceYear_AnswersAsEachMunicipality()
    {
        // FY2023 was loaded from the reference data through the same grains: the books have it.
        var page = (await Host.QueryAsync(Page(2023, after: null)))["municipalities"]!;
        var programs = Programs(page);
        Assert.Contains(programs.Values, p => p is not null);
        await AssertAsEachMunicipalityAnswers(programs, 2023);
    }

    [Fact]
    public async Task MunicipalityMarkedAsChanging_IsReadFromItsGrain_UntilTheBookAsksItAgain()
    {
        var year = UniqueFiscalYear.Next();
        await DesignateAsync("011002", year, "SUPPORT_STATION", "[CONSULTATION]", "null");

        // A mark without its change: what a municipality leaves when its write fails after marking.
        var book = Host.Grains.GetGrain<IProgramBookGrain>(ProgramBookKey.Of("01", year));
        await Host.As(CallerContext.System, async () => { await book.MarkChanging("011002"); return true; });

        Host.GrainCalls.Reset();
        var marked = Programs((await Host.QueryAsync(Page(year, after: null)))["municipalities"]!);
        Assert.Equal("SUPPORT_STATION", (string?)marked["011002"]!["tier"]);
        Assert.Equal(1, Host.GrainCalls.Of<IMunicipalityGrain>());

        // Once the mark is older than the municipality's own retries, a read asks it to send its
        // programs again, and the mark goes.
        var deadline = DateTime.UtcNow + ProgramBookGrain.StaleMarkAfter + TimeSpan.FromSeconds(30);
        while ((await book.Read()).Changing.Contains("011002"))
        {
            Assert.True(DateTime.UtcNow < deadline, "The stale mark stayed.");
            await Task.Delay(500);
        }

        Host.GrainCalls.Reset();
        var cleared = Programs((await Host.QueryAsync(Page(year, after: null)))["municipalities"]!);
        Assert.Equal("SUPPORT_STATION", (string?)cleared["011002"]!["tier"]);
        Assert.Equal(0, Host.GrainCalls.Of<IMunicipalityGrain>());
    }

    // The municipalities field of a query, as its resolver sees it, with $y set to year.
    private ResolveFieldContext PageField(string query, int year)
    {
        var document = GraphQLParser.Parser.Parse(query);
        var operation = document.Definitions.OfType<GraphQLOperationDefinition>().Single();
        var variables = new Variables();
        variables.Add(new Variable("y", operation.Variables!.Items[0]) { Value = year });
        return new ResolveFieldContext
        {
            Document = document,
            FieldAst = operation.SelectionSet.Selections.OfType<GraphQLField>().Single(),
            Variables = variables,
            RequestServices = Host.App.Services,
        };
    }

    private static string Page(int year, string? after) =>
        $$"""{ municipalities(first: 100{{(after is null ? "" : $", after: \"{after}\"")}}) { edges { node { code program(fiscalYear: {{year}}) { {{Fields}} } } } pageInfo { endCursor } } }""";

    private static Dictionary<string, JsonNode?> Programs(JsonNode connection) =>
        connection["edges"]!.AsArray().ToDictionary(e => (string)e!["node"]!["code"]!, e => e!["node"]!["program"]);

    // The same fields asked of each municipality alone, outside a page: from its own grain.
    private async Task AssertAsEachMunicipalityAnswers(Dictionary<string, JsonNode?> programs, int year)
    {
        // 25 a request: a document may have at most 30 aliases.
        foreach (var codes in programs.Keys.Chunk(25))
        {
            var query = "{ " + string.Join(' ', codes.Select((c, i) => $$"""m{{i}}: municipality(code: "{{c}}") { program(fiscalYear: {{year}}) { {{Fields}} } }""")) + " }";
            var alone = await Host.QueryAsync(query);
            for (var i = 0; i < codes.Length; i++)
            {
                Assert.Equal(alone[$"m{i}"]!["program"]?.ToJsonString(), programs[codes[i]]?.ToJsonString());
            }
        }
    }

    private async Task DesignateAsync(string code, int year, string tier, string functions, string op)
    {
        var data = await Host.QueryAsync(
            $$"""mutation { designateProgram(input: { municipalityCode: "{{code}}", fiscalYear: {{year}}, tier: {{tier}}, functions: {{functions}}, operator: {{op}} }) { errors { code } } }""",
            token: Host.Token(Hokkaido, Roles.PrefecturalOfficer));
        Assert.Empty(data["designateProgram"]!["errors"]!.AsArray());
    }
}
