using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Cases;

/// <summary>The case list's filters by worker, status and dates, and a supervisor's caseload view, all from the case index.</summary>
[Collection(PlatformCollection.Name)]
public sealed class CaseloadTests(PlatformFixture fixture)
{
    private const string List = """
        query($a: String, $s: CaseStatus, $l: Date, $o: Date, $q: String, $f: Int, $after: String) {
          cases(assignedTo: $a, status: $s, lastContactBefore: $l, openedBefore: $o, search: $q, first: $f, after: $after) {
            totalCount pageInfo { hasNextPage endCursor } nodes { id assignedTo } } }
        """;

    private const string Load = "{ caseload { worker openCases noContact30Days noContact60Days noContact90Days } }";

    [Fact]
    public async Task Cases_FilteredByWorkerStatusAndDates_CombineWithSearchAndPaging_AndTheCaseloadCountsSilentCases()
    {
        var tenant = CaseTenants.Next();
        var a = new CaseApi(fixture.Host, tenant, subject: "load-a");
        var b = new CaseApi(fixture.Host, tenant, subject: "load-b");
        var supervisor = new CaseApi(fixture.Host, tenant, Roles.Supervisor);
        async Task<string> Open(CaseApi worker, int daysAgo, string? kana = null) =>
            (string)(await worker.OpenAsync(new { openedOn = Iso(Today.AddDays(-daysAgo)), referralSource = "FAMILY", subject = kana is null ? null : new { kana } }))["id"]!;

        var silent = await Open(a, 100);
        var seen70DaysAgo = await Open(a, 100, "かせろ たろう");
        await a.ChangeAsync("recordContact", new { caseId = seen70DaysAgo, at = Iso(Now.AddDays(-70)), channel = "PHONE", with = "FAMILY" });
        var fresh = await Open(a, 0);
        var closed = await Open(a, 100);
        await a.ChangeAsync("closeCase", new { caseId = closed, closedOn = Iso(Today), reason = "OTHER" });
        var ofB = await Open(b, 40);

        async Task<string[]> Ids(object variables) =>
            [.. (await a.QueryAsync(List, variables))["cases"]!["nodes"]!.AsArray().Select(n => (string)n!["id"]!).Order()];
        string[] Expect(params string[] ids) => [.. ids.Order()];

        Assert.Equal(Expect(silent, seen70DaysAgo, fresh, closed), await Ids(new { a = "load-a" }));
        Assert.Equal(Expect(silent, seen70DaysAgo, fresh), await Ids(new { a = " load-a ", s = "INTAKE" }));
        Assert.Equal(Expect(silent, seen70DaysAgo, closed), await Ids(new { l = Iso(Today.AddDays(-60)) }));
        Assert.Equal(Expect(silent, closed), await Ids(new { l = Iso(Today.AddDays(-80)) }));
        Assert.Equal(Expect(silent, seen70DaysAgo), await Ids(new { a = "load-a", s = "INTAKE", l = Iso(Today.AddDays(-60)) }));
        Assert.Equal(Expect(silent, seen70DaysAgo, closed), await Ids(new { o = Iso(Today.AddDays(-50)) }));
        Assert.Equal(Expect(silent, seen70DaysAgo, closed, ofB), await Ids(new { o = Iso(Today.AddDays(-30)) }));
        Assert.Equal(Expect(ofB), await Ids(new { a = "load-b" }));
        Assert.Empty(await Ids(new { a = "load-c" }));

        // Combined with the name search and paging.
        Assert.Equal(Expect(seen70DaysAgo), await Ids(new { q = "カセロ", l = Iso(Today.AddDays(-60)), o = Iso(Today) }));
        Assert.Empty(await Ids(new { q = "かせろ", a = "load-b" }));
        Assert.Empty(await Ids(new { q = "かせろ", l = Iso(Today.AddDays(-80)) }));
        var page = (await a.QueryAsync(List, new { a = "load-a", s = "INTAKE", f = 2 }))["cases"]!;
        Assert.Equal((3, true), ((int)page["totalCount"]!, (bool)page["pageInfo"]!["hasNextPage"]!));
        var rest = (await a.QueryAsync(List, new { a = "load-a", s = "INTAKE", f = 2, after = (string)page["pageInfo"]!["endCursor"]! }))["cases"]!;
        Assert.Equal((3, false, 1), ((int)rest["totalCount"]!, (bool)rest["pageInfo"]!["hasNextPage"]!, rest["nodes"]!.AsArray().Count));

        var load = (await supervisor.QueryAsync(Load))["caseload"]!.AsArray();
        Assert.Equal(2, load.Count);
        Assert.Equal("""{"worker":"load-a","openCases":3,"noContact30Days":2,"noContact60Days":2,"noContact90Days":1}""", load[0]!.ToJsonString());
        Assert.Equal("""{"worker":"load-b","openCases":1,"noContact30Days":1,"noContact60Days":0,"noContact90Days":0}""", load[1]!.ToJsonString());

        // A handover moves the case in the caseload; a caseworker does not see the caseload.
        await supervisor.ChangeAsync("reassignCase", new { caseId = silent, assignee = "load-b" });
        var moved = (await supervisor.QueryAsync(Load))["caseload"]!.AsArray();
        Assert.Equal((2, 2, 1), ((int)moved[0]!["openCases"]!, (int)moved[1]!["noContact30Days"]!, (int)moved[1]!["noContact90Days"]!));
        Assert.Equal("FORBIDDEN", ErrorCode(await a.PostAsync(Load)));
    }

    [Fact]
    public async Task Caseload_CountsEachWorkersOverdueTasks_EvenWithoutAnOpenCase()
    {
        var tenant = CaseTenants.Next();
        var a = new CaseApi(fixture.Host, tenant, subject: "late-a");
        var supervisor = new CaseApi(fixture.Host, tenant, Roles.Supervisor);
        var id = (string)(await a.OpenAsync(new { openedOn = Iso(Today.AddDays(-10)), referralSource = "FAMILY" }))["id"]!;
        const string Add = """mutation($c: ID!, $d: DateTime!, $w: String) { addTask(input: { caseId: $c, text: "電話する", dueAt: $d, assignee: $w }) { errors { code } } }""";
        await a.QueryAsync(Add, new { c = id, d = Iso(Now.AddDays(-2)) });
        await a.QueryAsync(Add, new { c = id, d = Iso(Now.AddDays(-1)) });
        await a.QueryAsync(Add, new { c = id, d = Iso(Now.AddDays(3)) });
        await a.QueryAsync(Add, new { c = id, d = Iso(Now.AddDays(-1)), w = "late-b" });

        var load = (await supervisor.QueryAsync("{ caseload { worker openCases tasksOverdue } }"))["caseload"]!.AsArray();
        Assert.Equal(
            """[{"worker":"late-a","openCases":1,"tasksOverdue":2},{"worker":"late-b","openCases":0,"tasksOverdue":1}]""",
            load.ToJsonString());
    }
}
