using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Cases;

/// <summary>Listing a tenant's cases: paging, the status filter, and search by kana.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseListingTests(PlatformFixture fixture)
{
    private const string Page = """
        query($first: Int, $after: String, $status: CaseStatus, $search: String) {
          cases(first: $first, after: $after, status: $status, search: $search) {
            totalCount pageInfo { hasNextPage endCursor }
            edges { cursor node { id caseNumber status tenantCode } }
            nodes { caseNumber subject { kana } }
          }
        }
        """;

    [Fact]
    public async Task Cases_ArePagedInNumberOrder_AndFilteredByStatus()
    {
        var worker = new CaseApi(fixture.Host, CaseTenants.Next());
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add((string)(await worker.OpenAsync(new { openedOn = Iso(Today), referralSource = "PERSON" }))["id"]!);
        }

        await worker.ChangeAsync("updateCaseStatus", new { caseId = ids[1], status = "ACTIVE" });
        await worker.ChangeAsync("updateCaseStatus", new { caseId = ids[3], status = "ACTIVE" });
        await worker.ChangeAsync("closeCase", new { caseId = ids[4], closedOn = Iso(Today), reason = "CONTACT_LOST" });

        var seen = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = (await worker.QueryAsync(Page, new { first = 2, after }))["cases"]!;
            Assert.Equal(5, (int)page["totalCount"]!);
            seen.AddRange(page["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!));
            pages++;
            if (!(bool)page["pageInfo"]!["hasNextPage"]!)
            {
                break;
            }

            after = (string)page["pageInfo"]!["endCursor"]!;
            Assert.Equal(after, (string)page["edges"]![1]!["cursor"]!);
        }

        Assert.Equal(3, pages);
        Assert.Equal(ids, seen);

        Assert.Equal([ids[1], ids[3]], await IdsAsync(worker, new { status = "ACTIVE" }));
        Assert.Equal([ids[0], ids[2]], await IdsAsync(worker, new { status = "INTAKE" }));
        Assert.Equal([ids[4]], await IdsAsync(worker, new { status = "CLOSED" }));
        Assert.Empty(await IdsAsync(worker, new { status = "MONITORING" }));

        var firstActive = (await worker.QueryAsync(Page, new { first = 1, status = "ACTIVE" }))["cases"]!;
        Assert.True((bool)firstActive["pageInfo"]!["hasNextPage"]!);
        var secondActive = (await worker.QueryAsync(Page, new { first = 1, status = "ACTIVE", after = (string)firstActive["pageInfo"]!["endCursor"]! }))["cases"]!;
        Assert.False((bool)secondActive["pageInfo"]!["hasNextPage"]!);
        Assert.Equal(ids[3], (string)secondActive["edges"]![0]!["node"]!["id"]!);

        Assert.Equal("BAD_USER_INPUT", ErrorCode(await worker.PostAsync(Page, new { first = 101 })));
        Assert.Equal("BAD_USER_INPUT", ErrorCode(await worker.PostAsync(Page, new { after = "bm90LWEtY3Vyc29y" })));
    }

    [Theory]
    [InlineData("やまだ たろう")]
    [InlineData("ヤマダタロウ")]
    [InlineData("ヤマダ　タロウ")]
    [InlineData("ﾔﾏﾀﾞ ﾀﾛｳ")]
    [InlineData("やまだ")]
    [InlineData("タロウ")]
    public async Task Search_ByKana_FindsTheCase_InTheCallersTenantOnly(string search)
    {
        var own = new CaseApi(fixture.Host, CaseTenants.Next());
        var other = new CaseApi(fixture.Host, CaseTenants.Next());
        var yamada = await own.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY", subject = new { name = "山田 太郎", kana = "ヤマダ タロウ" } });
        await own.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY", subject = new { name = "鈴木 花子", kana = "すずき はなこ" } });
        var othersYamada = await other.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY", subject = new { name = "山田 太郎", kana = "やまだ たろう" } });

        var found = (await own.QueryAsync(Page, new { search }))["cases"]!;
        Assert.Equal(1, (int)found["totalCount"]!);
        Assert.Equal((string)yamada["id"]!, (string)found["edges"]![0]!["node"]!["id"]!);
        Assert.Equal("ヤマダ タロウ", (string)found["nodes"]![0]!["subject"]!["kana"]!);

        // The other tenant's own Yamada is found there, and only there.
        var theirs = (await other.QueryAsync(Page, new { search }))["cases"]!;
        Assert.Equal([(string)othersYamada["id"]!], theirs["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!));
        Assert.All(theirs["edges"]!.AsArray(), e => Assert.Equal(other.Tenant, (string)e!["node"]!["tenantCode"]!));
    }

    [Fact]
    public async Task Search_ForANameNotInTheTenant_FindsNothing()
    {
        var own = new CaseApi(fixture.Host, CaseTenants.Next());
        var other = new CaseApi(fixture.Host, CaseTenants.Next());
        await own.OpenAsync(new { openedOn = Iso(Today), referralSource = "FAMILY", subject = new { kana = "たなか じろう" } });

        Assert.Equal(0, (int)(await own.QueryAsync(Page, new { search = "たなか はなこ" }))["cases"]!["totalCount"]!);
        Assert.Equal(0, (int)(await own.QueryAsync(Page, new { search = "たな" }))["cases"]!["totalCount"]!);
        Assert.Equal(0, (int)(await other.QueryAsync(Page, new { search = "たなか じろう" }))["cases"]!["totalCount"]!);
        Assert.Equal(1, (int)(await own.QueryAsync(Page, new { search = "タナカ　ジロウ" }))["cases"]!["totalCount"]!);
    }

    private static async Task<List<string>> IdsAsync(CaseApi worker, object variables) =>
        [.. (await worker.QueryAsync(Page, variables))["cases"]!["edges"]!.AsArray().Select(e => (string)e!["node"]!["id"]!)];
}
