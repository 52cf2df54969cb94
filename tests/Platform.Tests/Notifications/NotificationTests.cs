using System.Net.Http.Headers;
using Platform.Tenants.Notifications;

namespace Platform.Tests.Notifications;

/// <summary>The notification feed over HTTP, its tenant isolation, and the Server-Sent Events subscription.</summary>
[Collection(PlatformCollection.Name)]
public sealed class NotificationTests(PlatformFixture fixture)
{
    private const string Feed = """
        query($unread: Boolean) { notifications(unread: $unread, first: 50) { totalCount nodes { id kind objectType objectId raisedAt read } } }
        """;

    private const string MarkRead = """
        mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { marked errors { code } } }
        """;

    private const string Subscription = "subscription { notificationReceived { id kind objectType objectId read } }";

    private PlatformHost Host => fixture.Host;

    private Task RaiseAsync(string tenant, params NoticeDraft[] drafts) =>
        Host.As(CallerContext.System, async () => { await Host.Grains.GetGrain<INotificationBookGrain>(tenant).Raise([.. drafts]); return 0; });

    private static NoticeDraft Draft(NoticeKind kind, string audience, string objectId) =>
        new(kind, audience, "Case", objectId, $"{kind}|{audience}|{objectId}");

    [Fact]
    public async Task Feed_ShowsEachPersonTheirOwnAndTheirRolesNotices_AndMarksThemRead()
    {
        var tenant = CaseTenants.Next();
        var worker = new CaseApi(Host, tenant);
        var supervisor = new CaseApi(Host, tenant, Roles.Supervisor);
        var caseKey = $"{tenant}/{Guid.NewGuid():N}";
        await RaiseAsync(tenant,
            Draft(NoticeKind.CaseReassigned, NoticeAudience.Person(worker.Subject), caseKey),
            Draft(NoticeKind.TransferReceived, NoticeAudience.Role(Roles.Supervisor), caseKey),
            Draft(NoticeKind.TaskDue, NoticeAudience.Person("someone-else"), caseKey));
        await RaiseAsync(tenant, Draft(NoticeKind.CaseReassigned, NoticeAudience.Person(worker.Subject), caseKey));

        var mine = (await worker.QueryAsync(Feed))["notifications"]!;
        var notice = Assert.Single(mine["nodes"]!.AsArray())!;
        Assert.Equal(("CASE_REASSIGNED", "Case", false), ((string)notice["kind"]!, (string)notice["objectType"]!, (bool)notice["read"]!));
        Assert.Equal(Platform.GraphQL.Relay.NodeId.Encode("Case", caseKey), (string)notice["objectId"]!);
        Assert.Equal("TRANSFER_RECEIVED", (string)Assert.Single((await supervisor.QueryAsync(Feed))["notifications"]!["nodes"]!.AsArray())!["kind"]!);

        var marked = (await worker.QueryAsync(MarkRead, new { input = new { ids = new[] { (string)notice["id"]! } } }))["markNotificationsRead"]!;
        Assert.Equal(1, (int)marked["marked"]!);
        Assert.Empty((await worker.QueryAsync(Feed, new { unread = true }))["notifications"]!["nodes"]!.AsArray());
        Assert.True((bool)(await worker.QueryAsync(Feed, new { unread = false }))["notifications"]!["nodes"]![0]!["read"]!);
        Assert.Equal(0, (int)(await worker.QueryAsync(MarkRead, new { input = new { } }))["markNotificationsRead"]!["marked"]!);

        // Read by the worker is not read by the supervisor.
        Assert.Single((await supervisor.QueryAsync(Feed, new { unread = true }))["notifications"]!["nodes"]!.AsArray());
    }

    [Fact]
    public async Task AnotherTenantsNotices_NeverReachACaller_WithTheSameSubject()
    {
        var (ours, theirs) = (CaseTenants.Next(), CaseTenants.Next());
        var worker = new CaseApi(Host, ours, subject: "shared-subject");
        var twin = new CaseApi(Host, theirs, subject: "shared-subject");
        await RaiseAsync(theirs, Draft(NoticeKind.TaskDue, NoticeAudience.Person("shared-subject"), $"{theirs}/{Guid.NewGuid():N}"));

        Assert.Empty((await worker.QueryAsync(Feed))["notifications"]!["nodes"]!.AsArray());
        Assert.Single((await twin.QueryAsync(Feed))["notifications"]!["nodes"]!.AsArray());
        Assert.Equal(0, (int)(await worker.QueryAsync(MarkRead, new { input = new { } }))["markNotificationsRead"]!["marked"]!);
        Assert.Single((await twin.QueryAsync(Feed, new { unread = true }))["notifications"]!["nodes"]!.AsArray());

        // Past the API, straight to the other tenant's feed: the silo's call filter refuses it.
        var stranger = new Caller("shared-subject", ours, [Roles.Caseworker]);
        var book = Host.Grains.GetGrain<INotificationBookGrain>(theirs);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Host.As(stranger, () => book.List(null, 10)));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Host.As(new Caller("x", theirs, [Roles.Caseworker]), async () => { await book.Raise([]); return 0; }));

        // The nation holds no feed.
        Assert.Equal("FORBIDDEN", CaseApi.ErrorCode(await new CaseApi(Host, "nation", Roles.NationalAnalyst).PostAsync(Feed)));
    }

    [Fact]
    public async Task Subscription_OverServerSentEvents_DeliversTheCallersNotice_AndNoOtherTenants()
    {
        var (ours, theirs) = (CaseTenants.Next(), CaseTenants.Next());
        var worker = new CaseApi(Host, ours, subject: "sse-worker");
        using var request = StreamRequest(Subscription, worker.Token);
        using var response = await Host.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());

        // Raised after the stream opened: first another tenant's notice for the same subject, then ours.
        var caseKey = $"{ours}/{Guid.NewGuid():N}";
        await RaiseAsync(theirs, Draft(NoticeKind.TaskDue, NoticeAudience.Person("sse-worker"), $"{theirs}/{Guid.NewGuid():N}"));
        await RaiseAsync(ours, Draft(NoticeKind.TaskOverdue, NoticeAudience.Person("someone-else"), caseKey));
        await RaiseAsync(ours, Draft(NoticeKind.ConsultationAnswered, NoticeAudience.Person("sse-worker"), caseKey));

        var (name, data) = await ReadEventAsync(reader);
        Assert.Equal("next", name);
        var received = JsonNode.Parse(data)!["data"]!["notificationReceived"]!;
        Assert.Equal("CONSULTATION_ANSWERED", (string)received["kind"]!);
        Assert.Equal(Platform.GraphQL.Relay.NodeId.Encode("Case", caseKey), (string)received["objectId"]!);
    }

    [Fact]
    public async Task Subscription_IsRefusedWithoutAToken_ToTheNation_AndOverPlainGraphQL()
    {
        using (var anonymous = StreamRequest(Subscription, null))
        using (var response = await Host.Http.SendAsync(anonymous))
        {
            Assert.NotEqual("text/event-stream", response.Content.Headers.ContentType?.MediaType);
            Assert.Equal("UNAUTHENTICATED", CaseApi.ErrorCode(JsonNode.Parse(await response.Content.ReadAsStringAsync())!));
        }

        using (var nation = StreamRequest(Subscription, Host.Token("nation", Roles.NationalAnalyst)))
        using (var response = await Host.Http.SendAsync(nation))
        {
            Assert.Equal("FORBIDDEN", CaseApi.ErrorCode(JsonNode.Parse(await response.Content.ReadAsStringAsync())!));
        }

        var (status, body) = await Host.PostAsync(Subscription, null, new CaseApi(Host, CaseTenants.Next()).Token);
        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Equal("BAD_USER_INPUT", CaseApi.ErrorCode(body));

        using var notAccepted = StreamRequest(Subscription, null);
        notAccepted.Headers.Accept.Clear();
        notAccepted.Headers.Accept.ParseAdd("application/json");
        Assert.Equal(HttpStatusCode.NotAcceptable, (await Host.Http.SendAsync(notAccepted)).StatusCode);
    }

    private static HttpRequestMessage StreamRequest(string query, string? token)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/graphql/stream")
        {
            Content = new StringContent(JsonSerializer.Serialize(new { query }), Encoding.UTF8, "application/json"),
        };
        request.Headers.Accept.ParseAdd("text/event-stream");
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        return request;
    }

    /// <summary>Reads one server-sent event: its name and its data lines joined.</summary>
    internal static async Task<(string Name, string Data)> ReadEventAsync(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        string? name = null;
        var data = new StringBuilder();
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Length == 0 && name is not null)
            {
                return (name, data.ToString());
            }

            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                name = line["event: ".Length..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal))
            {
                data.Append(line["data: ".Length..]);
            }
        }

        throw new InvalidOperationException("The stream ended before an event.");
    }
}
