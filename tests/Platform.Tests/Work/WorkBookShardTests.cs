using Platform.GraphQL.Relay;
using Platform.Tenants.Work;
using static Platform.Tests.Cases.CaseApi;

namespace Platform.Tests.Work;

/// <summary>
/// A tenant's work book is stored in shards, so that a change rewrites one of them and not every
/// task of a city; a book stored whole by the earlier version moves into its shards once.
/// </summary>
[Collection(PlatformCollection.Name)]
public sealed class WorkBookShardTests(PlatformFixture fixture)
{
    private PlatformHost Host => fixture.Host;

    private IGrainStorage Storage => Host.App.Services.GetRequiredKeyedService<IGrainStorage>(StorageNames.Platform);

    [Fact]
    public async Task ABookStoredWhole_MovesIntoItsShards_AndItsItemsStayListedAndChangeable()
    {
        var (worker, rawCaseId, book) = await BookWithACaseAsync();
        var now = DateTimeOffset.UtcNow;
        var first = Item("a" + Guid.NewGuid().ToString("N")[1..], rawCaseId, "折り返し電話", now.AddDays(2), worker.Subject);
        var second = Item("5" + Guid.NewGuid().ToString("N")[1..], rawCaseId, "家庭訪問の準備", now.AddDays(3), worker.Subject);
        await Storage.WriteStateAsync("work", book, new GrainState<WorkBookState>
        {
            State = new WorkBookState { TenantCode = worker.Tenant, Items = { [first.Id] = first, [second.Id] = second } },
        });

        var work = new WorkApi(worker);
        var week = await work.MyWorkAsync("WEEK");
        Assert.Equal(["折り返し電話", "家庭訪問の準備"], week.Select(i => (string)i!["text"]!));
        var done = await work.OkAsync("completeTask", new { workItemId = (string)week[0]!["id"]!, note = "連絡済み" });
        Assert.Equal("DONE", (string)done["status"]!);

        // The book row keeps no item; each item sits in its own shard, and only there.
        Assert.Empty((await ReadAsync<WorkBookState>("work", book)).Items);
        for (var index = 0; index < WorkBookShard.Layout.Count; index++)
        {
            var shard = await ReadAsync<WorkBookShard>(WorkBookShard.Layout.StateName(index), book);
            var expected = new[] { first, second }.Where(i => WorkBookShard.Layout.Of(i.Id) == index).Select(i => i.Id).Order().ToArray();
            Assert.Equal(expected, shard.Items.Keys.Order().ToArray());
        }

        Assert.Equal(WorkItemStatus.Done, (await ReadAsync<WorkBookShard>(WorkBookShard.Layout.StateName(WorkBookShard.Layout.Of(first.Id)), book)).Items[first.Id].Status);
    }

    [Fact]
    public async Task SixteenFormerShards_AreSplitOnce_ItemsCommandsAndRaisedNoticesWithTheirItem()
    {
        var (worker, rawCaseId, book) = await BookWithACaseAsync();
        var now = DateTimeOffset.UtcNow;
        var items = new[] { "a0", "a1", "a2", "a3", "57" }
            .Select((prefix, i) => Item(prefix + Guid.NewGuid().ToString("N")[2..], rawCaseId, $"予定{i}", now.AddDays(i + 1), worker.Subject)).ToList();
        foreach (var group in items.GroupBy(i => WorkBookShard.Layout.FormerOf(i.Id)))
        {
            var shard = new WorkBookShard { TenantCode = worker.Tenant, Items = group.ToDictionary(i => i.Id) };
            foreach (var item in group)
            {
                shard.Applied.Remember($"work.task-add|{worker.Tenant}|{worker.Subject}|retry-{item.Id}", item.Id);
                shard.RaisedNotices.Add($"{item.Id}|TaskDue|0");
            }

            await Storage.WriteStateAsync(WorkBookShard.Layout.FormerStateName(group.Key), book, new GrainState<WorkBookShard> { State = shard });
        }

        var week = await new WorkApi(worker).MyWorkAsync("WEEK");
        Assert.Equal(items.Select(i => i.Text), week.Select(i => (string)i!["text"]!));

        // The former shards are empty; the four items of former shard 10 went to four shards, each
        // with its own command and notice.
        for (var index = 0; index < WorkBookShard.Layout.Former; index++)
        {
            Assert.False((await ReadAsync<WorkBookShard>(WorkBookShard.Layout.FormerStateName(index), book)).HasContent);
        }

        Assert.Equal(4, items.Take(4).Select(i => WorkBookShard.Layout.Of(i.Id)).Distinct().Count());
        foreach (var item in items)
        {
            var shard = await ReadAsync<WorkBookShard>(WorkBookShard.Layout.StateName(WorkBookShard.Layout.Of(item.Id)), book);
            Assert.Equal([item.Id], shard.Items.Keys);
            Assert.Equal([item.Id], shard.Applied.Entries.Select(e => e.Value));
            Assert.Equal([$"{item.Id}|TaskDue|0"], shard.RaisedNotices);
        }
    }

    [Fact]
    public async Task AFormerShardWrittenAfterItsSplit_IsRefused_AndNeitherSideIsOverwritten()
    {
        var (worker, rawCaseId, book) = await BookWithACaseAsync();
        var now = DateTimeOffset.UtcNow;
        var split = Item("b0" + Guid.NewGuid().ToString("N")[2..], rawCaseId, "分割済みの予定", now.AddDays(1), worker.Subject);
        var later = Item("b1" + Guid.NewGuid().ToString("N")[2..], rawCaseId, "旧版が書いた予定", now.AddDays(2), worker.Subject);
        var madeName = WorkBookShard.Layout.StateName(WorkBookShard.Layout.Of(split.Id));
        await Storage.WriteStateAsync(madeName, book, new GrainState<WorkBookShard> { State = new WorkBookShard { TenantCode = worker.Tenant, Items = { [split.Id] = split } } });
        await Storage.WriteStateAsync(WorkBookShard.Layout.FormerStateName(11), book, new GrainState<WorkBookShard> { State = new WorkBookShard { TenantCode = worker.Tenant, Items = { [later.Id] = later } } });

        var refused = await worker.PostAsync("{ myWork(due: WEEK) { id } }");
        Assert.NotNull(refused["errors"]);

        Assert.Equal([later.Id], (await ReadAsync<WorkBookShard>(WorkBookShard.Layout.FormerStateName(11), book)).Items.Keys);
        Assert.Equal([split.Id], (await ReadAsync<WorkBookShard>(madeName, book)).Items.Keys);
    }

    [Fact]
    public async Task AddingATask_WritesOnlyItsShard()
    {
        var worker = new CaseApi(Host, CaseTenants.Next());
        var opened = await worker.OpenAsync(new { openedOn = Iso(Today.AddDays(-10)), referralSource = "FAMILY" });
        var work = new WorkApi(worker);
        var book = GrainId.Create(GrainType.Create("workbook"), worker.Tenant);
        await work.OkAsync("addTask", new { caseId = (string)opened["id"]!, text = "初回の電話", dueAt = Iso(Now.AddDays(1)) });
        var versions = await VersionsAsync(book);

        await work.OkAsync("addTask", new { caseId = (string)opened["id"]!, text = "二回目の電話", dueAt = Iso(Now.AddDays(2)) });

        var after = await VersionsAsync(book);
        Assert.Single(Enumerable.Range(0, WorkBookShard.Layout.Count), i => after[i] != versions[i]);
        Assert.Equal(versions[WorkBookShard.Layout.Count], after[WorkBookShard.Layout.Count]);
    }

    // The ETag of every shard, then of the book row: a write changes the one it writes.
    private async Task<string?[]> VersionsAsync(GrainId book)
    {
        var versions = new string?[WorkBookShard.Layout.Count + 1];
        for (var index = 0; index < WorkBookShard.Layout.Count; index++)
        {
            var state = new GrainState<WorkBookShard>();
            await Storage.ReadStateAsync(WorkBookShard.Layout.StateName(index), book, state);
            versions[index] = state.ETag;
        }

        var row = new GrainState<WorkBookState>();
        await Storage.ReadStateAsync("work", book, row);
        versions[WorkBookShard.Layout.Count] = row.ETag;
        return versions;
    }

    private async Task<T> ReadAsync<T>(string name, GrainId book)
        where T : new()
    {
        var state = new GrainState<T>();
        await Storage.ReadStateAsync(name, book, state);
        return state.State ?? new T();
    }

    // A worker of a new tenant with a case opened ten days ago: the case's raw id and the book's grain id.
    private async Task<(CaseApi Worker, string RawCaseId, GrainId Book)> BookWithACaseAsync()
    {
        var worker = new CaseApi(Host, CaseTenants.Next());
        var opened = await worker.OpenAsync(new { openedOn = Iso(Today.AddDays(-10)), referralSource = "FAMILY" });
        return (worker, RawId((string)opened["id"]!), GrainId.Create(GrainType.Create("workbook"), worker.Tenant));
    }

    // A case's global id carries "<tenant>/<id>".
    private static string RawId(string globalId) => NodeId.Decode(globalId).Key.Split('/')[1];

    private static WorkItem Item(string id, string caseId, string text, DateTimeOffset due, string assignee) =>
        new(id, WorkItemKind.Task, caseId, text, due, assignee, WorkItemStatus.Open, null, null, null, null, assignee, due.AddDays(-5), null);
}
